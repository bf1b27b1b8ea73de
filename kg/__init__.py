"""scgov-kg: a knowledge graph of Korea's smart-city governance network."""
