#!/usr/bin/env bash
# Installs the real programs the tests drive (openssl, curl, a TFTP client, DHCP and DNS checkers),
# from Debian's packages, only when one is missing.
set -euo pipefail

need=()
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing test tools: ${need[*]} (run as root or install them)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
