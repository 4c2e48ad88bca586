#!/bin/sh
# Starts (start) or stops (stop) the virtual X display that the Eclipse UI tests draw on, so that
# `./mvnw verify` runs them on a machine without a screen. Display number: $1 of the command.
# The server stops by itself after an hour if the build dies before `stop`.
set -eu
action=$1
display=$2
pidfile="${TMPDIR:-/tmp}/lantu-xvfb-$display.pid"
case "$action" in
  start)
    if [ -e "/tmp/.X11-unix/X$display" ] && [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      exit 0
    fi
    if ! command -v Xvfb >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "Installing Xvfb (Debian package xvfb) for the Eclipse UI tests" >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb libgtk-3-0 >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb libgtk-3-0 >/dev/null 2>&1; } || true
    fi
    if ! command -v Xvfb >/dev/null 2>&1; then
      echo "The Eclipse UI tests need Xvfb (a virtual screen) and GTK 3: apt-get install xvfb libgtk-3-0, or skip them with -DskipUITests" >&2
      exit 1
    fi
    rm -f "/tmp/.X$display-lock" "/tmp/.X11-unix/X$display" 2>/dev/null || true
    nohup timeout 3600 Xvfb ":$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    echo $! > "$pidfile"
    i=0
    while [ ! -e "/tmp/.X11-unix/X$display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
    [ -e "/tmp/.X11-unix/X$display" ] || { echo "Xvfb did not start on :$display" >&2; exit 1; }
    ;;
  stop)
    if [ -f "$pidfile" ]; then
      pkill -P "$(cat "$pidfile")" 2>/dev/null || true
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: xvfb.sh start|stop DISPLAY_NUMBER" >&2
    exit 2
    ;;
esac
