"""The base URL test clients use: the app answers only its configured host names (127.0.0.1,
localhost, ::1 by default; himjobs/web/_security.py), not Starlette's "testserver"."""

LOCAL = "http://127.0.0.1"
