"""Visual encoding shared by the interactive map and the static images."""

import math

#: Sector colours fixed by ``docs/network-contract.md``.
SECTOR_COLOURS = {
    "central-government": "#1f77b4",
    "local-government": "#2ca02c",
    "research": "#9467bd",
    "public-enterprise": "#ff7f0e",
    "academia": "#8c564b",
    "industry": "#d62728",
    "international": "#17becf",
    "governance-body": "#7f7f7f",
    "other": "#bcbd22",
}

#: Legend order of the sectors.
SECTOR_ORDER = tuple(SECTOR_COLOURS)

#: vis-network shape per node kind (all shapes draw the label outside the node).
KIND_SHAPES = {
    "organization": "dot",
    "person": "triangle",
    "body": "square",
    "event": "star",
    "agreement": "hexagon",
    "programme": "triangleDown",
    "zone": "diamond",
}

#: Symbols used for the shape legend of the HTML page.
SHAPE_SYMBOLS = {
    "dot": "\u25cf",
    "triangle": "\u25b2",
    "square": "\u25a0",
    "star": "\u2605",
    "hexagon": "\u2b22",
    "triangleDown": "\u25bc",
    "diamond": "\u25c6",
}


def sector_colour(sector):
    """Return the colour of a sector key.

    Parameters
    ----------
    sector : str or None
        Sector key from the contract.

    Returns
    -------
    str
        Hex colour; unknown sectors get the colour of ``other``.
    """
    return SECTOR_COLOURS.get(sector or "other", SECTOR_COLOURS["other"])


def normalise(values, *, transform="sqrt"):
    """Map measure values to ``[0, 1]``.

    Parameters
    ----------
    values : dict
        Key to number (missing or non-finite numbers count as 0).
    transform : {"sqrt", "log", "linear"}
        Applied before min-max scaling; ``sqrt`` tames heavy tails.

    Returns
    -------
    dict
        Key to a float in ``[0, 1]`` (0.5 for all keys when the values are constant).
    """
    funcs = {"sqrt": lambda v: math.sqrt(max(v, 0.0)),
             "log": lambda v: math.log1p(max(v, 0.0)),
             "linear": lambda v: v}
    f = funcs[transform]
    clean = {k: f(_finite(v)) for k, v in values.items()}
    if not clean:
        return {}
    lo, hi = min(clean.values()), max(clean.values())
    if hi - lo <= 1e-12:
        return {k: 0.5 for k in clean}
    return {k: (v - lo) / (hi - lo) for k, v in clean.items()}


def _finite(value):
    """Return ``value`` as a float, or 0.0 when it is missing or not finite."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return 0.0
    return v if math.isfinite(v) else 0.0


def format_number(value):
    """Format a measure value for a tooltip.

    Parameters
    ----------
    value : object
        Number (int, float) or anything else.

    Returns
    -------
    str
        Integers as is, floats with 3 significant digits, others via ``str``.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.3g}"
