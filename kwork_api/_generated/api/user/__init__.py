"""Operation tables of the `user` group. Generated; do not edit."""
