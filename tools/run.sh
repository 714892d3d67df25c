#!/usr/bin/env bash
# `make run`: prepare the instance, start docflow (gunicorn) and the Word converter, and print
# where to go and with which login LAST, once the server answers. Ctrl+C stops both.
# Environment (from the Makefile): BIN, HOST, PORT, WORKERS, DOCFLOW_BASE_URL.
set -euo pipefail
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-5000}
WORKERS=${WORKERS:-2}
export DOCFLOW_BASE_URL=${DOCFLOW_BASE_URL:-http://$HOST:$PORT}
data_dir=${DOCFLOW_DATA_DIR:-instance}

"$BIN/docflow" init
"$BIN/docflow" demo

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

"$BIN/docflow" convert worker &  # Word files to PDF (LibreOffice), outside the web workers
pids+=($!)
"$BIN/gunicorn" --workers "$WORKERS" --bind "$HOST:$PORT" --access-logfile - wsgi:app &
pids+=($!)

probe_host=$HOST; [ "$probe_host" = 0.0.0.0 ] && probe_host=127.0.0.1
for _ in $(seq 1 120); do
  if "$BIN/python" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=10)" \
      "http://$probe_host:$PORT/login" 2>/dev/null; then
    break
  fi
  kill -0 "${pids[1]}" 2>/dev/null || { echo "gunicorn did not start (is port $PORT free?)" >&2; exit 1; }
  sleep 0.5
done

admin_user=admin; admin_pass="(set by DOCFLOW_ADMIN_PASSWORD, or already changed)"
if [ -f "$data_dir/admin-password" ]; then
  admin_user=$(sed -n 1p "$data_dir/admin-password"); admin_pass=$(sed -n 2p "$data_dir/admin-password")
fi
demo_pass=${DOCFLOW_DEMO_PASSWORD:-$(cat "$data_dir/demo-password" 2>/dev/null || echo "?")}
cat <<BANNER

================================================================================
  docflow is running:  $DOCFLOW_BASE_URL/
  (certificates, CRLs and OCSP answer at this address)

  Administrator:   $admin_user / $admin_pass
                   (kept in $data_dir/admin-password)
  Demo users:      snnmt.staff, snnmt.leader, snnmt.clerk, snnmt.auditor, ...
                   password for all: $demo_pass   (in $data_dir/demo-password)
  Demo PIN:        ${DOCFLOW_DEMO_PIN:-123456}  (leaders' signatures, agencies' seals)

  Start with snnmt.staff: "Soạn dự thảo" (PDF or Word). Ctrl+C stops docflow.
================================================================================

BANNER
wait -n "${pids[@]}"
