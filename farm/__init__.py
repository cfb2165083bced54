"""Simulated web for reifegrad: fictional municipal sites, vendor hosts and ground truth (see README.md)."""
