"""Imported at start-up by a Python program under test (the harness puts this folder on PYTHONPATH).

Connections to api.clarifai.com:443 go to the Clarifai emulator at CLARIFAI_EMULATOR_ADDRESS (host:port) instead:
both urllib.request (http.client) and requests (urllib3) resolve the host with socket.getaddrinfo and connect to what
it returns, while TLS keeps api.clarifai.com as the server name and checks the certificate against it (trust in the
emulator's CA comes from SSL_CERT_FILE and REQUESTS_CA_BUNDLE).
"""
import os
import socket

_HOST = "api.clarifai.com"
_emulator_host, _, _emulator_port = os.environ.get("CLARIFAI_EMULATOR_ADDRESS", "").rpartition(":")
_getaddrinfo = socket.getaddrinfo


def _redirecting_getaddrinfo(host, port, *args, **kwargs):
    if host == _HOST and str(port) in ("443", "https"):
        return _getaddrinfo(_emulator_host, int(_emulator_port), *args, **kwargs)
    return _getaddrinfo(host, port, *args, **kwargs)


if _emulator_host:
    socket.getaddrinfo = _redirecting_getaddrinfo
