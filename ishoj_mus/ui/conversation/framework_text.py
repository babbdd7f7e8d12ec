"""The framework panel's text beside a step: the perspectives, directions and behaviours the
step refers to, quoted from Grundlag for lederskab og følgeskab."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ishoj_mus.domain.framework import Behaviours, Direction, Perspective
from ishoj_mus.ui.widgets.i18n import tr


def framework_html(items: Iterable[Perspective | Direction | Behaviours]) -> str:
    out = [f"<p><i>{escape(tr('Fra Grundlag for lederskab og følgeskab'))}</i></p>"]
    for item in items:
        if isinstance(item, Perspective):
            out.append(f"<h3>{escape(item.name)}</h3><p>{escape(item.description)}</p>")
            out.append(f"<p>{escape(item.in_practice_intro)}</p><ul>")
            out += [f"<li>{escape(x)}</li>" for x in item.in_practice]
            out.append("</ul>")
        elif isinstance(item, Behaviours):
            out.append(f"<h3>{escape(item.heading)}</h3><ol>")
            out += [f"<li>{escape(x)}</li>" for x in item.items]
            out.append("</ol>")
        elif isinstance(item, Direction):
            out.append(f"<h3>{escape(item.name)}</h3><p>{escape(item.text)}</p>")
    return "".join(out)
