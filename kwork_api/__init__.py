"""kwork-api: a typed Python SDK for the Kwork.ru API.

    from kwork_api import KworkClient
    with KworkClient(token="...") as client:
        me = client.user.get_me()
"""
