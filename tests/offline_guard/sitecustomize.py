"""Loaded by Python at start-up when this folder is on PYTHONPATH: refuse every connection that
leaves the machine, and record the attempt in the file named by MENTOR_COACH_TEST_NET_LOG."""

import os
import socket

_LOG = os.environ.get("MENTOR_COACH_TEST_NET_LOG")
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    host = str(address[0]) if address else ""
    return host.startswith(_LOCAL)


def _refuse(what: str, address) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{what} {address!r}\n")
    raise OSError(101, f"network blocked by the offline test: {what} {address!r}")


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    if not _is_local(address):
        _refuse("connect", address)
    return _connect(self, address)


def connect_ex(self, address):
    if not _is_local(address):
        _refuse("connect_ex", address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _is_local((host,)):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
