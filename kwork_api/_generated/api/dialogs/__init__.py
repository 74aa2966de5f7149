"""Operation tables of the `dialogs` group. Generated; do not edit."""
