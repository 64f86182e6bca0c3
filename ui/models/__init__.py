"""Qt item models: read-only views over the plain rows the services return."""
