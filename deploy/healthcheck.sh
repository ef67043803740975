#!/bin/bash
# Container health check: the readiness probe on the management port, with nothing but bash (the
# runtime image has no curl). Exit 0 when the service answers 200, 1 otherwise.
set -uo pipefail
port="${ANM_MANAGEMENT_PORT:-8081}"
{ exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || exit 1
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
read -r -t 3 _ status _ <&3 || exit 1
[ "${status}" = "200" ]
