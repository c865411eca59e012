#!/usr/bin/env bash
# Installs the real programs the tests drive, from Debian's packages, only when one is missing:
# openssl and curl (profile encryption, phone fetches), the tftp-hpa client, and the checkers that must
# accept the DHCP and DNS configuration Acs generates (kea-dhcp4, dnsmasq, named-checkzone), and
# systemd-analyze, which verifies the shipped systemd units.
set -euo pipefail

declare -A package_of=(
  [openssl]=openssl
  [curl]=curl
  [tftp]=tftp-hpa
  [kea-dhcp4]=kea-dhcp4-server
  [dnsmasq]=dnsmasq
  [named-checkzone]=bind9-utils
  [systemd-analyze]=systemd
)

need=()
for tool in "${!package_of[@]}"; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    need+=("${package_of[$tool]}")
  fi
done
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing test tools; install these Debian packages: ${need[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The packaged daemons must not start: the tests only run their configuration checkers.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod +x /usr/sbin/policy-rc.d
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
rm -f /usr/sbin/policy-rc.d
