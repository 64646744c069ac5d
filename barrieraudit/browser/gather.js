// barrieraudit's in-page gatherer: collects plain facts from the rendered DOM.
// It only collects; judging happens in Python over these artifacts. Every list is
// capped so a huge page yields a bounded artifact. Takes {maxText, maxLinks}.
(limits) => {
  // Collapsed sections (<details>) hold text a reader gets with one click - fees,
  // eligibility - so they are opened before the text is read.
  for (const details of document.querySelectorAll("details:not([open])")) details.open = true;
  const clip = (s, n) => (s || "").replace(/\s+/g, " ").trim().slice(0, n);
  const textOf = (el) => clip(el.innerText || el.textContent || "", 500);
  const byId = (id) => (id ? document.getElementById(id) : null);
  const accessibleLabel = (el) => {
    const parts = [];
    if (el.labels) for (const l of el.labels) parts.push(textOf(l));
    const labelledby = el.getAttribute("aria-labelledby");
    if (labelledby) for (const id of labelledby.split(/\s+/)) { const t = byId(id); if (t) parts.push(textOf(t)); }
    return clip(parts.join(" "), 300);
  };
  const visible = (el) => {
    if (el.type === "hidden") return false;
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") return false;
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  };

  const field = (el) => ({
    tag: el.tagName.toLowerCase(),
    type: (el.getAttribute("type") || (el.tagName === "SELECT" ? "select" : el.tagName === "TEXTAREA" ? "textarea" : "text")).toLowerCase(),
    name: clip(el.getAttribute("name"), 120),
    id: clip(el.id, 120),
    label: accessibleLabel(el),
    aria_label: clip(el.getAttribute("aria-label"), 200),
    placeholder: clip(el.getAttribute("placeholder"), 200),
    title: clip(el.getAttribute("title"), 200),
    required: el.required === true || el.hasAttribute("required"),
    aria_required: el.getAttribute("aria-required") === "true",
    autocomplete: clip(el.getAttribute("autocomplete"), 80),
    visible: visible(el),
    options: el.tagName === "SELECT" ? el.options.length : null,
    legend: clip(el.closest("fieldset")?.querySelector("legend")?.innerText, 200),
    accept: clip(el.getAttribute("accept"), 120),
  });

  const fieldSelector = "input, select, textarea";
  const forms = [...document.forms].slice(0, 50).map((form) => {
    const heading = form.closest("section, article, main, body")?.querySelector("h1, h2, h3");
    return {
      action: form.action || "",
      method: (form.getAttribute("method") || "get").toLowerCase(),
      id: clip(form.id, 120),
      name: clip(form.getAttribute("name"), 120),
      heading: heading ? textOf(heading) : "",
      submit: [...form.querySelectorAll("button, input[type=submit], input[type=image]")].map((b) => clip(b.innerText || b.value || b.getAttribute("aria-label"), 100)).filter(Boolean).slice(0, 5),
      fields: [...form.querySelectorAll(fieldSelector)].slice(0, 300).map(field),
    };
  });
  const orphanFields = [...document.querySelectorAll(fieldSelector)].filter((el) => !el.form).slice(0, 300).map(field);

  const links = [];
  for (const a of document.querySelectorAll("a[href], area[href]")) {
    if (links.length >= limits.maxLinks) break;
    const img = a.querySelector("img[alt]");
    links.push({
      href: a.href,
      text: clip(a.innerText || a.getAttribute("aria-label") || a.getAttribute("title") || (img && img.alt) || "", 200),
      hreflang: clip(a.getAttribute("hreflang"), 20),
      lang: clip(a.getAttribute("lang"), 20),
      rel: clip(a.getAttribute("rel"), 60),
    });
  }

  const body = document.body;
  const main = document.querySelector("main, [role=main], article") || body;
  return {
    title: clip(document.title, 500),
    lang: clip(document.documentElement.getAttribute("lang") || document.documentElement.getAttribute("xml:lang"), 35),
    dir: clip(document.documentElement.getAttribute("dir"), 10),
    content_language: clip(document.querySelector("meta[http-equiv='content-language' i]")?.content, 60),
    description: clip(document.querySelector("meta[name=description]")?.content, 500),
    hreflang: [...document.querySelectorAll("link[rel~=alternate][hreflang]")].slice(0, 100).map((l) => ({ hreflang: clip(l.getAttribute("hreflang"), 20), href: l.href })),
    headings: [...document.querySelectorAll("h1, h2, h3")].slice(0, 100).map((h) => ({ level: Number(h.tagName[1]), text: textOf(h) })),
    text: body ? (body.innerText || "").slice(0, limits.maxText) : "",
    main_text: main ? (main.innerText || "").slice(0, limits.maxText) : "",
    links,
    forms,
    orphan_fields: orphanFields,
    media: [...document.querySelectorAll("video, audio")].slice(0, 50).map((m) => ({
      tag: m.tagName.toLowerCase(),
      src: m.currentSrc || m.src || m.querySelector("source")?.src || "",
      controls: m.controls, autoplay: m.autoplay,
      tracks: [...m.querySelectorAll("track")].map((t) => ({ kind: (t.getAttribute("kind") || "subtitles").toLowerCase(), srclang: t.srclang, label: clip(t.label, 80) })),
    })),
    scripts: [...document.querySelectorAll("script[src]")].slice(0, 200).map((s) => s.src),
    iframes: [...document.querySelectorAll("iframe")].slice(0, 50).map((f) => ({ src: f.src, title: clip(f.title, 200) })),
    images: [...document.images].slice(0, 200).map((i) => ({ src: i.currentSrc || i.src, alt: i.getAttribute("alt") === null ? null : clip(i.alt, 200), id: clip(i.id, 80), cls: clip(i.className, 120) })),
    widgets: [...document.querySelectorAll("[data-sitekey], [class*=captcha i], [id*=captcha i]")].slice(0, 50).map((w) => ({ tag: w.tagName.toLowerCase(), id: clip(w.id, 80), cls: clip(typeof w.className === "string" ? w.className : "", 120), sitekey: w.hasAttribute("data-sitekey") })),
    element_count: document.getElementsByTagName("*").length,
    text_truncated: body ? (body.innerText || "").length > limits.maxText : false,
  };
}
