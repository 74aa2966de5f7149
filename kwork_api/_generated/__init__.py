"""Code generated from openapi/kwork.yaml by `make generate`; never edit by hand.

`models/` holds the public data types, `api/<group>/<method>.py` one Operation table per
Kwork method. Import from `kwork_api` instead of from here.
"""
