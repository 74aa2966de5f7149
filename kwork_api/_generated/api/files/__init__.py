"""Operation tables of the `files` group. Generated; do not edit."""
