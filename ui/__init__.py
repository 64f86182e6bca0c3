"""Qt user interface. Calls services in desktop/, never SQL."""
