package failwise.report;

/**
 * Why a conclusion's outcome is not another, in the words {@code explain} uses: what stood in the way, then the
 * smallest verified changes to the facts that flip it, each as the {@code --set} that reproduces it.
 */
final class WhyNotHtml {
    private final Html h;

    WhyNotHtml(Html h) {
        this.h = h;
    }

    void render(WhyNotView w) {
        h.raw("<div class=\"whynot\">").el("h5", null, "Why not another outcome than " + w.outcome());
        if (w.obstacles().isEmpty()) {
            h.el("p", "muted", "Nothing the rules know of stood in the way.");
        } else {
            h.el("p", "lead", "In the way:").raw("<ul class=\"obstacles\">");
            for (WhyNotView.Obstacle o : w.obstacles()) {
                h.raw("<li>").el("span", "says", o.sentence()).el("span", "rule", "[" + o.rule() + "]").raw("</li>");
            }
            h.raw("</ul>");
        }
        if (!w.remedies().isEmpty()) {
            h.el("p", "lead", "Smallest changes that flip it, each verified by evaluating the changed facts:");
            h.raw("<ul class=\"remedies\">");
            for (WhyNotView.Remedy m : w.remedies()) {
                h.raw("<li>");
                m.changes().forEach(c -> h.el("code", "set", "--set '" + c + "'").raw(" "));
                h.raw("→ ").el("span", "badge " + MatrixHtml.tone(MatrixBuilder.tone(m.after())), m.after());
                h.raw("<ul>");
                m.why().forEach(why -> h.el("li", null, why));
                m.sideEffects().forEach(side -> h.el("li", "side", "but also " + side));
                h.raw("</ul></li>");
            }
            h.raw("</ul>");
        } else if (w.proposed() == 0) {
            h.el("p", "muted", "No verified change: the rules propose none for this.");
        } else {
            h.el("p", "muted", "No verified change: the rules propose " + w.proposed() + ", and none flips the "
                    + "outcome alone" + (w.proposed() > 1 ? " or with one other" : "") + " (" + w.tried()
                    + (w.tried() == 1 ? " evaluation)." : " evaluations)."));
        }
        w.untried().forEach(u -> h.el("p", "muted mono", "could not try: " + u));
        h.raw("</div>");
    }
}
