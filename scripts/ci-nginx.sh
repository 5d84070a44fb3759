#!/usr/bin/env bash
# Installs the Nginx and OpenSSL that test/loadbalancer/nginx-t.test.ts runs (`nginx -t` on every
# generated load balancer configuration). Debian/Ubuntu, as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends nginx openssl
nginx -v
