// barrieraudit's in-page gatherer: collects plain facts from the rendered DOM.
// It only collects; judging happens in Python over these artifacts. Every list is
// capped so a huge page yields a bounded artifact. Takes {maxText, maxLinks}.
// It runs after the screenshot and axe-core, which see the page as served. It works
// on HTML, XHTML and standalone SVG documents (no document.body, no innerText).
(limits) => {
  // Collapsed sections (<details>) hold text a reader gets with one click - fees,
  // eligibility - so they are opened before the text is read.
  for (const details of document.querySelectorAll("details:not([open])")) details.open = true;
  const clip = (s, n) => (s || "").replace(/\s+/g, " ").trim().slice(0, n);
  const fullText = (el) => (!el ? "" : typeof el.innerText === "string" ? el.innerText : el.textContent || "");
  const textOf = (el) => clip(fullText(el), 500);
  // A data: URI is stored as its media type, a digest and its length, never its payload
  // (a 500 KB inline image would otherwise weigh on every artifact that names it). The
  // short form is itself an empty data: URI of that type.
  const digest = (str) => {  // cyrb53: a fast 53-bit string hash, enough to tell payloads apart
    let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761); h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
  };
  const url = (u) => {
    if (typeof u !== "string" || !/^data:/i.test(u)) return u || "";
    const head = u.slice(5, Math.max(5, u.indexOf(","))).split(";")[0].trim().toLowerCase();
    return `data:${clip(head, 100) || "text/plain"};x-digest=cyrb53-${digest(u)};x-length=${u.length},`;
  };
  const hrefOf = (a) => {  // an SVG link's href is an SVGAnimatedString, relative
    if (typeof a.href === "string") return url(a.href);
    const raw = a.getAttribute("href") ?? a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? "";
    try { return url(new URL(raw, document.baseURI).href); } catch { return url(raw); }
  };
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
  // A form's fields named "action" or "id" (WordPress's hidden "action" field) shadow the
  // form's own properties (form.action is then the field): read the attributes.
  const formAction = (form) => {
    const action = form.getAttribute("action");
    if (!action) return document.URL;
    try { return new URL(action, document.baseURI).href; } catch { return action; }
  };
  // The last heading before a form in document order: the section it stands in ("Questions?"
  // under a registration page's title). The page's headings are listed once, for its first form.
  let headings = null;
  const headingBefore = (form) => {
    headings ??= [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")];
    let near = null;
    for (const h of headings) {
      if (!(h.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      near = h;
    }
    return near;
  };
  const forms = [...document.forms].slice(0, 50).map((form) => {
    const heading = form.closest("section, article, main, body")?.querySelector("h1, h2, h3");
    const near = headingBefore(form);
    return {
      action: url(formAction(form)),
      method: (form.getAttribute("method") || "get").toLowerCase(),
      id: clip(form.getAttribute("id"), 120),
      name: clip(form.getAttribute("name"), 120),
      heading: heading ? textOf(heading) : "",
      near_heading: near && near !== heading ? textOf(near) : "",
      submit: [...form.querySelectorAll("button, input[type=submit], input[type=image]")].map((b) => clip(b.innerText || b.value || b.getAttribute("aria-label"), 100)).filter(Boolean).slice(0, 5),
      fields: [...form.querySelectorAll(fieldSelector)].slice(0, 300).map(field),
    };
  });
  const orphanFields = [...document.querySelectorAll(fieldSelector)].filter((el) => !el.form).slice(0, 300).map(field);

  const links = [];
  for (const a of document.querySelectorAll("a[*|href], area[href]")) {
    if (links.length >= limits.maxLinks) break;
    const img = a.querySelector("img[alt]");
    links.push({
      href: hrefOf(a),
      text: clip(fullText(a) || a.getAttribute("aria-label") || a.getAttribute("title") || (img && img.alt) || "", 200),
      hreflang: clip(a.getAttribute("hreflang"), 20),
      lang: clip(a.getAttribute("lang"), 20),
      rel: clip(a.getAttribute("rel"), 60),
    });
  }

  // An SVG or XML document has no body: its root element holds the text.
  const body = document.body || document.documentElement;
  // Parts of the page marked in another language (WCAG 3.1.2, language of parts): the
  // outermost element of each, with its text, for the language check.
  const primary = (lang) => (lang || "").trim().toLowerCase().split(/[-_]/)[0];
  const pageLang = primary(document.documentElement.getAttribute("lang") || document.documentElement.getAttribute("xml:lang"));
  const langParts = [];
  for (const el of body.querySelectorAll("[lang]")) {
    if (langParts.length >= 30) break;
    const lang = primary(el.getAttribute("lang"));
    if (!lang || lang === pageLang || el.closest("a, option, button")) continue;
    if (typeof el.checkVisibility === "function" && !el.checkVisibility()) continue;  // innerText of a hidden part is all its text
    if (el.parentElement && primary(el.parentElement.closest("[lang]")?.getAttribute("lang")) === lang) continue;
    const text = clip(fullText(el), 2000);
    if (text.length >= 60) langParts.push({ lang: clip(el.getAttribute("lang"), 35), text });
  }
  const main = document.querySelector("main, [role=main], article") || body;
  const bodyText = fullText(body);
  const elements = [...document.getElementsByTagName("*")];
  return {
    title: clip(document.title, 500),
    lang: clip(document.documentElement.getAttribute("lang") || document.documentElement.getAttribute("xml:lang"), 35),
    dir: clip(document.documentElement.getAttribute("dir"), 10),
    content_language: clip(document.querySelector("meta[http-equiv='content-language' i]")?.content, 60),
    description: clip(document.querySelector("meta[name=description]")?.content, 500),
    lang_parts: langParts,
    hreflang: [...document.querySelectorAll("link[rel~=alternate][hreflang]")].slice(0, 100).map((l) => ({ hreflang: clip(l.getAttribute("hreflang"), 20), href: url(l.href) })),
    headings: [...document.querySelectorAll("h1, h2, h3")].slice(0, 100).map((h) => ({ level: Number(h.tagName[1]), text: textOf(h) })),
    text: bodyText.slice(0, limits.maxText),
    main_text: (main === body ? bodyText : fullText(main)).slice(0, limits.maxText),  // innerText lays the page out: once where one will do
    links,
    forms,
    orphan_fields: orphanFields,
    media: [...document.querySelectorAll("video, audio")].slice(0, 50).map((m) => ({
      tag: m.tagName.toLowerCase(),
      src: url(m.currentSrc || m.src || m.querySelector("source")?.src || ""),
      controls: m.controls, autoplay: m.autoplay,
      tracks: [...m.querySelectorAll("track")].map((t) => ({ kind: (t.getAttribute("kind") || "subtitles").toLowerCase(), srclang: t.srclang, label: clip(t.label, 80) })),
    })),
    scripts: [...document.querySelectorAll("script[src]")].slice(0, 200).map((s) => url(s.src)),
    iframes: [...document.querySelectorAll("iframe")].slice(0, 50).map((f) => ({ src: url(f.src), title: clip(f.title, 200) })),
    images: [...document.images].slice(0, 200).map((i) => ({ src: url(i.currentSrc || i.src), alt: i.getAttribute("alt") === null ? null : clip(i.alt, 200), id: clip(i.id, 80), cls: clip(i.className, 120) })),
    // CAPTCHA widgets: a site key, a class or id naming one, and custom elements named for one
    // (<altcha-widget>, <trustcaptcha-component>).
    widgets: [...new Set([...document.querySelectorAll("[data-sitekey], [sitekey], [class*=captcha i], [id*=captcha i], [class*=arkose i], [id*=arkose i], [class*=mosparo i], [id*=mosparo i], [class*=yidun i], [class*=vaptcha i], altcha-widget, cap-widget"),
      ...elements.filter((e) => e.localName.includes("-") && e.localName.includes("captcha"))])]
      .slice(0, 50).map((w) => ({ tag: w.tagName.toLowerCase(), id: clip(w.id, 80), cls: clip(typeof w.className === "string" ? w.className : "", 120), sitekey: w.hasAttribute("data-sitekey") || w.hasAttribute("sitekey") })),
    element_count: elements.length,
    text_truncated: bodyText.length > limits.maxText,
  };
}
