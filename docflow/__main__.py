"""The ``docflow`` command (``python -m docflow`` too): docflow's click commands
(``docflow.cli``) on a Flask group that builds the application when a command needs it."""

from __future__ import annotations

from flask.cli import FlaskGroup

from .app import create_app
from .cli import register

__all__ = ["main"]

main = FlaskGroup(create_app=lambda: create_app(), help="docflow — official documents with digital signatures.")
register(main)

if __name__ == "__main__":
    main()
