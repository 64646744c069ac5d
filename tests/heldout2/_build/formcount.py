"""(tests/heldout-next; copied from the previous held-out set's _build, tests/heldout/_build.)
Author's aid: list the forms of the participation pages with their visible fields, counted by the
corpus conventions (hidden inputs and buttons excluded; a radio group is one field; each checkbox is
one; select/textarea/file/password count), and which are required (`required`, aria-required="true",
or a "*" / "※" / "(required)" / "(obligatoire)" / "(obligatorio)" / "(وجوبي)" / "(अनिवार्य)" / "(zorunlu)" / "(ضروري)" / "【必填】" /
"(wymagane)" / "(e detyrueshme)" / "［必填］" / "（必填项）" / "(обязательное)" /
"(campo obrigatório)" / "(kötelező)" / "(අනිවාර්යයි)" /
"(wajib diisi)" / "(სავალდებულო)" /
"(ຈຳເປັນ)" / "(задолжително)" / "(verplicht)" / "（必须填写）" /
"(պարտադիր)" / "(заавал)" / "(إلزامي)" / "(obligatoriu)" / "(필수)" / "(povinné)" / "（必須）" /
"(আবশ্যক)" / "(waa qasab)" / "(கட்டாயம்)" / "(ចាំបាច់)" / "(ግዴታ)" / "(majburiy)" / "(kailangan)" / "(الزامی)" / "(harus diisi)" / "(حقل إلزامي)" / "(compulsory)" / "(خانة إجبارية)" / "(must be filled)" / "(обавезно)" / "(يجب تعبئته)" / "(must be completed)" / "(champ requis)" / "(خانة مطلوبة)" / "(to be filled)" / "(à remplir)" / "(tsy maintsy fenoina)" / "(skyldureitur)" / "(يلزم ملؤه)" / "（請務必填寫）" / "(fill this in)" / "(dato obligatorio)" / "(à compléter)" / "(bắt buộc điền)" / "(აუცილებელია)" / "(የግድ)" / "(خانة لا بد منها)" / "(حقل ضروري)" / "(please complete)" / "(no dejar en blanco)" / "(indispensable)" / "(à renseigner)" / "(preenchimento obrigatório)" / "(भर्नै पर्ने)" / "(заавал бөглөнө)" / "(birakenewe)" / "（此项必填）" / "(خانة واجبة)" / "(مطلوب تعبئته)" / "(needed)" / "(must fill)" / "(dato requerido)" / "(à fournir)" / "(заполнить обязательно)" / "(de preenchimento obrigatório)" / "(lazima ijazwe)" / "（必須填寫此欄）" / "(خانة أساسية)" / "(يُملأ وجوبًا)" / "(cannot be left blank)" / "(campo necesario)" / "(à saisir obligatoirement)" / "(обязательно к заполнению)" / "(não pode ficar vazio)" / "(обавезно поље)" / "（必答）" / "（必需填写）" / "(خانة يجب ملؤها)" / "(حقل لازم)" / "（必須提供）" / "（不可留空）" / "(must be answered)" / "(dato imprescindible)" / "(champ à remplir)" / "(поле обязательное)" / "(จำเป็นต้องกรอก)" / "(duhet plotësuar)" / "(معلومة لا غنى عنها)" / "（此栏必填）" / "（務必填寫）" / "(answer required)" / "(dato exigido)" / "(casilla obligatoria)" / "(champ exigé)" / "(заполняется обязательно)" / "(không được bỏ trống)" / "(መሞላት አለበት)" / "(შესავსებია)" / "(يلزم إدخاله)" / "(required field)" / "(mandatory field)" / "(à remplir impérativement)" / "(campo requerido)" / "(обязательно для заполнения)" / "(resposta obrigatória)" / "(भर्नु अनिवार्य छ)" / "(бөглөх шаардлагатай)" / "(պարտադիր է լրացնել)" / "（必须填写此项）" / "(حقل لا يُترك فارغًا)" / "(مطلوب إلزامًا)" / "(required entry)" / "(must enter)" / "(à saisir)" / "(obligatorio rellenar)" / "(обязательно заполнить)" / "(обязательный пункт)" / "(sharti kujazwa)" / "(обов'язкове поле)" / "（请务必填写）" / "(خانة إلزامية التعبئة)" / "(لا بد من تعبئته)" / "(entry needed)" / "(must provide)" / "(à indiquer obligatoirement)" / "(réponse requise)" / "(dado necessário)" / "(información requerida)" / "(заполнить необходимо)" / "(kohustuslik)" / "(obavezno polje)" / "(حقل مطلوب ملؤه)" / "(خانة لازمة)" / "(please fill)" / "(renseignement exigé)" / "(обязательно указать)" / "(respuesta necesaria)" / "(campo de preenchimento exigido)" / "(tem de preencher)" / "(obvezen vnos)" / "（必須作答）" / "(حقل واجب الإدخال)" / "(يتعيّن ملؤه)" / "(do not skip)" / "(à renseigner sans faute)" / "(information obligatoire)" / "(campo a preencher)" / "(rellenar sin falta)" / "(поле нужно заполнить)" / "(mütləqdir)" / "(doldurulması zorunlu)" / "（必填信息）" / "(معلومة يجب تقديمها)" / "(لا يُترك دون تعبئة)" / "(mandatory entry)" / "(champ indispensable)" / "(réponse obligatoire)" / "(preenchimento necessário)" / "(dato que no puede faltar)" / "(графа обязательна)" / "(cần điền)" / "(აუცილებლად შესავსები)" / "(заавал бичнэ)" / "（請填寫此欄）" marker in the label or legend).
This prints what is in the HTML; the labels in expected.yaml were written by hand and compared to it.

    python3 formcount.py [site ...]
"""
import os, re, sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import ROOT, site_pages  # noqa: E402

MARK = re.compile(r"\*|※|（必填）|【必填】|［必填］|（必填项）|\((required|obligatoire|requis|obligatorio|obligatori|obrigatório|bắt buộc|pakollinen|obligatorisk|обязательно|обов'язково|必填|必須|إلزامي|Pflichtfeld|obbligatorio|obrigatório|obligatoire|wajib|필수|إجباري|obrigatoria|requerido|obavezno|міндетті|lazima|обязательно|مطلوب|必須填寫|mandatory|обязательное поле|obrigatório|وجوبي|अनिवार्य|zorunlu|ضروري|wymagane|e detyrueshme|обязательное|campo obrigatório|kötelező|අනිවාර්යයි|wajib diisi|სავალდებულო|ຈຳເປັນ|задолжително|verplicht|պարտադիր|заавал|obligatoriu|povinné|আবশ্যক|waa qasab|கட்டாயம்|ចាំបាច់|ግዴታ|majburiy|kailangan|الزامی|harus diisi|حقل إلزامي|compulsory|خانة إجبارية|must be filled|обавезно|يجب تعبئته|must be completed|champ requis|خانة مطلوبة|to be filled|à remplir|tsy maintsy fenoina|skyldureitur|يلزم ملؤه|fill this in|dato obligatorio|à compléter|bắt buộc điền|აუცილებელია|የግድ|خانة لا بد منها|حقل ضروري|please complete|no dejar en blanco|indispensable|à renseigner|preenchimento obrigatório|भर्नै पर्ने|заавал бөглөнө|birakenewe|خانة واجبة|مطلوب تعبئته|needed|must fill|dato requerido|à fournir|заполнить обязательно|de preenchimento obrigatório|lazima ijazwe|خانة أساسية|يُملأ وجوبًا|cannot be left blank|campo necesario|à saisir obligatoirement|обязательно к заполнению|não pode ficar vazio|обавезно поље|خانة يجب ملؤها|حقل لازم|must be answered|dato imprescindible|champ à remplir|поле обязательное|จำเป็นต้องกรอก|duhet plotësuar|معلومة لا غنى عنها|answer required|dato exigido|casilla obligatoria|champ exigé|заполняется обязательно|không được bỏ trống|መሞላት አለበት|შესავსებია|يلزم إدخاله|required field|mandatory field|à remplir impérativement|campo requerido|обязательно для заполнения|resposta obrigatória|भर्नु अनिवार्य छ|бөглөх шаардлагатай|պարտադիր է լրացնել|حقل لا يُترك فارغًا|مطلوب إلزامًا|required entry|must enter|à saisir|obligatorio rellenar|обязательно заполнить|обязательный пункт|sharti kujazwa|обов'язкове поле|خانة إلزامية التعبئة|لا بد من تعبئته|entry needed|must provide|à indiquer obligatoirement|réponse requise|dado necessário|información requerida|заполнить необходимо|kohustuslik|obavezno polje|حقل مطلوب ملؤه|خانة لازمة|please fill|renseignement exigé|обязательно указать|respuesta necesaria|campo de preenchimento exigido|tem de preencher|obvezen vnos|حقل واجب الإدخال|يتعيّن ملؤه|do not skip|à renseigner sans faute|information obligatoire|campo a preencher|rellenar sin falta|поле нужно заполнить|mütləqdir|doldurulması zorunlu|معلومة يجب تقديمها|لا يُترك دون تعبئة|mandatory entry|champ indispensable|réponse obligatoire|preenchimento necessário|dato que no puede faltar|графа обязательна|cần điền|აუცილებლად შესავსები|заавал бичнэ)\)|（必须填写）|（必須）|（請務必填寫）|（此项必填）|（必須填寫此欄）|（必答）|（必需填写）|（必須提供）|（不可留空）|（此栏必填）|（務必填寫）|（必须填写此项）|（请务必填写）|（必須作答）|（必填信息）|（請填寫此欄）", re.I)


class F(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.cur, self.labels, self.lab, self.legend, self.fieldset = [], None, {}, None, None, None
        self.in_legend = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.cur = []
            self.forms.append(self.cur)
        if self.cur is None:
            return
        if tag == "label":
            self.lab = [a.get("for"), ""]
        if tag == "fieldset":
            self.fieldset = ""
        if tag == "legend":
            self.in_legend = True
        if tag in ("input", "select", "textarea"):
            t = a.get("type", "text") if tag == "input" else tag
            if t in ("hidden", "submit", "button", "reset", "image"):
                return
            req = "required" in a or a.get("aria-required") == "true"
            self.cur.append({"type": t, "id": a.get("id"), "name": a.get("name"), "req": req,
                             "legend": self.fieldset or ""})

    def handle_endtag(self, tag):
        if tag == "form":
            self.cur = None
        if tag == "label" and self.lab:
            self.labels[self.lab[0]] = self.lab[1]
            self.lab = None
        if tag == "legend":
            self.in_legend = False
        if tag == "fieldset":
            self.fieldset = None

    def handle_data(self, d):
        if self.lab:
            self.lab[1] += d
        if self.in_legend and self.fieldset is not None:
            self.fieldset += d


def fields(form, labels):
    out, radios = [], {}
    for f in form:
        label = labels.get(f["id"], "")
        req = f["req"] or bool(MARK.search(label)) or bool(MARK.search(f["legend"]))
        if f["type"] == "radio":
            if f["name"] in radios:
                radios[f["name"]]["req"] |= req
                continue
            radios[f["name"]] = d = {"name": f["name"], "type": "radio", "label": f["legend"].strip(), "req": req}
            out.append(d)
        else:
            out.append({"name": f["name"], "type": f["type"], "label": label.strip(), "req": req})
    return out


if __name__ == "__main__":
    sites = sys.argv[1:] or sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)) and not d.startswith(("_", ".")))
    for site in sites:
        for page in site_pages(site):
            p = F()
            p.feed(open(os.path.join(ROOT, site, page), encoding="utf-8").read())
            for form in p.forms:
                fs = fields(form, p.labels)
                if len(fs) <= 1:
                    continue  # newsletter / one-field forms
                print(f"{site}/{page}: {len(fs)} fields, {sum(f['req'] for f in fs)} required")
                for f in fs:
                    print(f"    {'*' if f['req'] else ' '} {f['type']:9} {f['name']:14} {f['label'][:70]}")
