"""vplan: from interviews with a family and its network to the veiligheidsplan and ondersteuningsplan."""

__version__ = "0.1.0"
