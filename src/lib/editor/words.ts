/**
 * The browser editor's own words in each language staff can choose (Decap's interface has its
 * own translations). Field labels, hints and field rules are written in English in
 * src/lib/editor/config.ts; `FIELD_WORDS.es` gives each of them in Spanish, and a unit test fails
 * when a label, hint or rule has no translation.
 */
export const EDITOR_LANGS = ['en', 'es'] as const;
export type EditorLang = (typeof EDITOR_LANGS)[number];

/** Spanish for every label, hint and rule message of the editor's fields, by its English text. */
export const FIELD_WORDS_ES: Record<string, string> = {
  Articles: 'Artículos',
  Article: 'Artículo',
  'Articles of the blog. Each is content/posts/<address>/index.md with its images beside it.':
    'Artículos del blog. Cada uno es content/posts/<dirección>/index.md, con sus imágenes al lado.',
  Title: 'Título',
  'The headline, at most 110 characters.': 'El titular, de 110 caracteres como máximo.',
  'title is longer than 110 characters - shorten it': 'el título tiene más de 110 caracteres: acórtelo',
  'Short title for search results': 'Título corto para los buscadores',
  'When the title is long: at most 50 characters, shown in search results, browser tabs and shared links.':
    'Si el título es largo: 50 caracteres como máximo; se muestra en los buscadores, las pestañas del navegador y los enlaces compartidos.',
  'shortTitle is longer than 50 characters - search engines cut it off; shorten it':
    'el título corto tiene más de 50 caracteres: los buscadores lo cortan; acórtelo',
  'Why it reads above the reading level (rarely needed)': 'Por qué se lee por encima del nivel de lectura (casi nunca hace falta)',
  'Only when the article cannot be written more simply, for example a comparison of drug names: one or two sentences. The check then shows this reason instead of a warning.':
    'Solo cuando el artículo no se puede escribir de forma más sencilla, por ejemplo al comparar nombres de medicamentos: una o dos oraciones. La revisión muestra entonces este motivo en lugar de un aviso.',
  'readingLevelNote is longer than 300 characters - one or two sentences are enough': 'el motivo tiene más de 300 caracteres: bastan una o dos oraciones',
  'Sign the medical review': 'Firmar la revisión médica',
  'For the clinician who checked the article, signed in with GitHub: fills in your name and today, and records your approval on the article when you save.':
    'Para el profesional clínico que revisó el artículo, con su sesión de GitHub: pone su nombre y la fecha de hoy, y registra su aprobación del artículo al guardar.',
  Page: 'Página',
  'Pages that are not articles: services, insurance and payment, questions. The address is the folder: services/insurance is /services/insurance/.':
    'Páginas que no son artículos: servicios, seguros y pagos, preguntas. La dirección es la carpeta: services/insurance es /services/insurance/.',
  'The day of the last meaningful change.': 'El día del último cambio importante.',
  'Send readers to': 'Enviar a los lectores a',
  'Only when another page of the site replaces this one, like /contact/: readers who open this page are sent there.':
    'Solo cuando otra página del sitio reemplaza a esta, como /contact/: quienes abran esta página irán allí.',
  Text: 'Texto',
  'For a page in another language only (its address starts with es/): pick the page it translates.':
    'Solo para una página en otro idioma (su dirección empieza por es/): elija la página que traduce.',
  Description: 'Descripción',
  'One sentence (50-160 characters) that says what the reader will learn; search engines and link previews show it.':
    'Una oración (de 50 a 160 caracteres) que diga qué aprenderá el lector; la muestran los buscadores y las vistas previas de enlaces.',
  'description must be 50-160 characters - write one full sentence that search engines will not cut off':
    'la descripción debe tener de 50 a 160 caracteres: escriba una oración completa que los buscadores no corten',
  Language: 'Idioma',
  English: 'Inglés',
  Spanish: 'Español',
  'Translation of': 'Traducción de',
  'For a translation only: pick the original article by its title.': 'Solo para una traducción: elija el artículo original por su título.',
  'Publication date': 'Fecha de publicación',
  'A date in the future schedules the post: it goes live with the first build on or after that day.':
    'Una fecha futura programa el artículo: se publica con la primera actualización del sitio de ese día en adelante.',
  'Updated on': 'Actualizado el',
  'The day of the last meaningful change. Not before the publication date.': 'El día del último cambio importante. No antes de la fecha de publicación.',
  'Medically reviewed on': 'Revisión médica el',
  'The reviewer sets this on the day they approve the article.': 'El revisor la pone el día en que aprueba el artículo.',
  Author: 'Autor',
  'Who wrote the article.': 'Quién escribió el artículo.',
  'Medical reviewer': 'Revisor médico',
  'The licensed clinician who checked the article. Set by the reviewer when approving it.':
    'El profesional clínico con licencia que revisó el artículo. Lo elige el propio revisor al aprobarlo.',
  Topics: 'Temas',
  '1 to 4 topics.': 'De 1 a 4 temas.',
  'Lead image': 'Imagen principal',
  Image: 'Imagen',
  'A wide picture (at least 1200 px). It is saved in the article folder.':
    'Una imagen horizontal (de 1200 px como mínimo). Se guarda en la carpeta del artículo.',
  'Alt text': 'Texto alternativo',
  'What the image shows, for readers who cannot see it. Required with an image.':
    'Lo que muestra la imagen, para quienes no pueden verla. Obligatorio si hay imagen.',
  Credit: 'Crédito',
  'Credit link': 'Enlace del crédito',
  'creditUrl must be a full web address starting with https://': 'el enlace del crédito debe ser una dirección web completa que empiece por https://',
  'Evidence notices': 'Avisos sobre la evidencia',
  'Off-label: the use discussed is not FDA-approved': 'Fuera de indicación (off-label): el uso del que se habla no está aprobado por la FDA',
  'Limited evidence: small or early studies': 'Evidencia limitada: estudios pequeños o preliminares',
  'Crisis notice': 'Aviso de crisis',
  'The notice appears by itself when the text mentions suicide or self-harm. Switching it off needs a reason the reviewer can read.':
    'El aviso aparece solo cuando el texto menciona el suicidio o las autolesiones. Para quitarlo hace falta un motivo que el revisor pueda leer.',
  'Draft (never published while on)': 'Borrador (no se publica mientras esté activado)',
  Sources: 'Fuentes',
  'What changed': 'Cambios en este artículo',
  'After publication: each meaningful change, newest last. Readers see them at the end of the article; the newest one is the Updated date.':
    'Después de publicarlo: cada cambio importante, el más reciente al final. Los lectores los ven al final del artículo; el más reciente es la fecha de actualización.',
  'Day of the change': 'Día del cambio',
  'The day the change was made.': 'El día en que se hizo el cambio.',
  'Kind of change': 'Tipo de cambio',
  'Medical update (new evidence or advice)': 'Actualización médica (nueva evidencia o recomendación)',
  'Correction (something was wrong)': 'Corrección (algo estaba mal)',
  'Editorial (wording, links, layout)': 'Editorial (redacción, enlaces, diseño)',
  'What changed, in one line': 'Qué cambió, en una línea',
  "In the article's language.": 'En el idioma del artículo.',
  'Each source cited in the text with [@key]. Numbers follow the order of first citation.':
    'Cada fuente citada en el texto con [@clave]. Los números siguen el orden de la primera cita.',
  'Citation key': 'Clave de cita',
  'Short name used in the text, like wilkowska2020: write [@wilkowska2020] where the sentence needs its source.':
    'Nombre corto que se usa en el texto, como wilkowska2020: escriba [@wilkowska2020] donde la oración necesita su fuente.',
  'use letters, digits, "-" or "_" only, like wilkowska2020': 'use solo letras, números, "-" o "_", como wilkowska2020',
  Authors: 'Autores',
  'One per line as "Surname Initials"; "et al." may end the list. Leave empty for an organisation.':
    'Uno por línea, como "Apellido Iniciales"; la lista puede terminar con "et al.". Déjelo vacío si el autor es una organización.',
  'Title of the source': 'Título de la fuente',
  Journal: 'Revista',
  'As PubMed abbreviates it, like J Affect Disord. Journal or publisher is needed.':
    'Como la abrevia PubMed, por ejemplo J Affect Disord. Hace falta la revista o la editorial.',
  Publisher: 'Editorial o institución',
  'For web pages and reports, like U.S. Food and Drug Administration.': 'Para páginas web e informes, como U.S. Food and Drug Administration.',
  Year: 'Año',
  Volume: 'Volumen',
  Issue: 'Número',
  Pages: 'Páginas',
  DOI: 'DOI',
  'doi must look like 10.2147/NDT.S282208 (no https://doi.org/ prefix)': 'el DOI debe tener la forma 10.2147/NDT.S282208 (sin https://doi.org/ delante)',
  'PubMed ID': 'Número de PubMed (PMID)',
  'pmid must be the PubMed number, digits only': 'el PMID debe ser el número de PubMed, solo cifras',
  'Web address': 'Dirección web',
  'url must be a full web address starting with https://': 'la dirección debe ser completa y empezar por https://',
  'Old addresses': 'Direcciones anteriores',
  'Earlier paths of this article that must keep working, like /blog/old-name/.':
    'Rutas anteriores de este artículo que deben seguir funcionando, como /blog/nombre-anterior/.',
  Path: 'Ruta',
  'must be a path on this site that starts with "/", like /blog/old-name/': 'debe ser una ruta de este sitio que empiece por "/", como /blog/nombre-anterior/',
  'Imported from': 'Importado de',
  'Cite a source with [@key] right after the sentence it supports.': 'Cite una fuente con [@clave] justo después de la oración que respalda.',
  People: 'Personas',
  Person: 'Persona',
  'Authors and medical reviewers. The file name is the id articles use.':
    'Autores y revisores médicos. El nombre del archivo es el identificador que usan los artículos.',
  Name: 'Nombre',
  'As it appears in bylines.': 'Como aparece en la firma de los artículos.',
  Credentials: 'Títulos y licencias',
  'Degrees and licences, like "MD, board-certified psychiatrist".': 'Títulos y licencias, como "MD, psiquiatra certificado".',
  'Role at the clinic': 'Cargo en la clínica',
  'Short biography': 'Biografía breve',
  Photo: 'Foto',
  'GitHub login (reviewers)': 'Usuario de GitHub (revisores)',
  'For medical reviewers: their GitHub login. Their approval on GitHub is what lets their name appear as the reviewer.':
    'Para los revisores médicos: su usuario de GitHub. Su aprobación en GitHub es lo que permite que su nombre aparezca como revisor.',
  'github must be a GitHub login, like dr-ana-nunez (no @, no address)': 'github debe ser un usuario de GitHub, como dr-ana-nunez (sin @ ni dirección)',
  Links: 'Enlaces',
  Label: 'Texto del enlace',
  Address: 'Dirección',
  'Other languages': 'Otros idiomas',
  Role: 'Cargo',
  Topic: 'Tema',
  'One or two sentences shown on the topic page.': 'Una o dos oraciones que se muestran en la página del tema.',
};

/** The words of our own additions to the editor: the date field, the crisis control, the notices. */
export const EDITOR_WORDS = {
  en: {
    switchTo: { label: 'Español', title: 'Usar el editor en español' },
    today: 'Today',
    pickDate: 'Pick the date on a calendar',
    datePlaceholder: 'MM/DD/YYYY',
    dateProblems: {
      unreadable: 'Type the date like 12/15/2026 or Dec 15, 2026, or pick it.',
      'year-in-full': 'Type the year in full, like 2026.',
      'no-such-day': 'That day does not exist. Check the month and the day.',
      'year-out-of-range': 'Check the year: it should be this century, like 2026.',
    },
    pleaseFix: 'please fix:',
    notPublished: 'the medical review is not signed yet (or switch Draft on to keep it as a draft):',
    toasts: {
      onFailToPersist: 'Not saved: %{details}',
      onFailToPublishEntry: 'Not published: %{details}',
      missingRequiredField: 'Not saved yet: please fix the fields marked in red.',
    },
    preview: { sources: 'Sources', noSourceYet: 'No source with this key yet' },
    sign: {
      button: 'Sign the review as me',
      checking: 'Checking your GitHub sign-in…',
      ready: (name: string, login: string) =>
        `You sign as ${name} (GitHub: ${login}), today. Save to record it: your approval is then added to the article on GitHub.`,
      local: 'Signing needs the GitHub sign-in of the published editor. On this computer, pick the reviewer and the day above.',
      refused: {
        'not-signed-in': 'GitHub does not recognise your sign-in. Log out of the editor, log in again, then sign.',
        'not-a-reviewer': (login: string) =>
          `Your GitHub account (${login}) is not in any person's file. Ask the clinic to add "github: ${login}" to your file under People, then sign.`,
      },
      approved: (url: string) => `Your approval is recorded on GitHub: ${url}`,
      approval: {
        'no-pull-request': 'Saved, but the article has no open pull request on GitHub yet. Set its status to "In review", then sign again.',
        'own-pull-request': 'Saved, but GitHub does not let you approve an article you sent for review yourself. Another reviewer must sign it.',
        'not-allowed': 'Saved, but your GitHub account may not approve changes in this repository. Ask the clinic for reviewer access.',
        failed: 'Saved, but GitHub did not record your approval. Try signing again, or approve the pull request on GitHub.',
      },
      note: 'Medical review signed in the editor.',
    },
    reading: {
      title: 'Reading level',
      labels: { easy: 'easy', 'fairly easy': 'fairly easy', hard: 'hard' },
      grade: (figure: string) => `grade ${figure}`,
      englishTarget: (target: string) => `target ${target} or lower`,
      spanishTarget: (target: string) => `target ${target} or more`,
      tooShort: (needed: number, counted: number) => `measured from ${needed} words (${counted} so far).`,
      marked: 'The hardest sentences are marked in yellow: split them or use shorter words (point at or tap a mark for a hint).',
      note: (reason: string) => `The article says why: “${reason}”`,
    },
    crisis: {
      automatic: 'Automatic: shown when the text mentions suicide or self-harm',
      always: 'Always show the crisis notice on this article',
      off: 'Switch the automatic notice off (a reason is required)',
      reason: 'Reason the reviewer can read',
      reasonMissing: 'Write the reason the reviewer can read, or choose another option.',
    },
    kept: {
      one: 'Unsaved work kept in this browser',
      many: (count: number) => `${count} unsaved pieces of work kept in this browser`,
      note: 'It was not saved to the site. Download it or copy it before you continue, then paste it into the article again.',
      untitled: 'Untitled article',
      download: 'Download',
      downloadLabel: (title: string) => `Download “${title}”`,
      copy: 'Copy text',
      copyLabel: (title: string) => `Copy the text of “${title}”`,
      copied: 'Copied',
      forget: 'I have them - forget these copies',
    },
  },
  es: {
    switchTo: { label: 'English', title: 'Use the editor in English' },
    today: 'Hoy',
    pickDate: 'Elegir la fecha en un calendario',
    datePlaceholder: 'DD/MM/AAAA',
    dateProblems: {
      unreadable: 'Escriba la fecha como 15/12/2026 o 15 de diciembre de 2026, o elíjala.',
      'year-in-full': 'Escriba el año completo, como 2026.',
      'no-such-day': 'Ese día no existe. Revise el mes y el día.',
      'year-out-of-range': 'Revise el año: debería ser de este siglo, como 2026.',
    },
    pleaseFix: 'corrija lo siguiente:',
    notPublished: 'la revisión médica aún no está firmada (o active Borrador para guardarlo como borrador):',
    toasts: {
      onFailToPersist: 'No se guardó: %{details}',
      onFailToPublishEntry: 'No se publicó: %{details}',
      missingRequiredField: 'Aún no se guardó: corrija los campos marcados en rojo.',
    },
    preview: { sources: 'Fuentes', noSourceYet: 'Todavía no hay una fuente con esta clave' },
    sign: {
      button: 'Firmar la revisión a mi nombre',
      checking: 'Comprobando su sesión de GitHub…',
      ready: (name: string, login: string) =>
        `Firma como ${name} (GitHub: ${login}), con fecha de hoy. Guarde para registrarlo: su aprobación se agrega entonces al artículo en GitHub.`,
      local: 'Para firmar hace falta la sesión de GitHub del editor publicado. En esta computadora, elija arriba al revisor y la fecha.',
      refused: {
        'not-signed-in': 'GitHub no reconoce su sesión. Cierre la sesión del editor, vuelva a entrar y firme.',
        'not-a-reviewer': (login: string) =>
          `Su cuenta de GitHub (${login}) no figura en la ficha de ninguna persona. Pida a la clínica que agregue "github: ${login}" a su ficha en Personas y vuelva a firmar.`,
      },
      approved: (url: string) => `Su aprobación quedó registrada en GitHub: ${url}`,
      approval: {
        'no-pull-request': 'Se guardó, pero el artículo aún no tiene una solicitud de cambios abierta en GitHub. Póngalo en «En revisión» y vuelva a firmar.',
        'own-pull-request': 'Se guardó, pero GitHub no permite aprobar un artículo que usted mismo envió a revisión. Debe firmarlo otro revisor.',
        'not-allowed': 'Se guardó, pero su cuenta de GitHub no puede aprobar cambios en este repositorio. Pida acceso de revisor a la clínica.',
        failed: 'Se guardó, pero GitHub no registró su aprobación. Vuelva a firmar o apruebe la solicitud de cambios en GitHub.',
      },
      note: 'Revisión médica firmada en el editor.',
    },
    reading: {
      title: 'Nivel de lectura',
      labels: { easy: 'fácil', 'fairly easy': 'adecuado', hard: 'difícil' },
      grade: (figure: string) => `grado ${figure}`,
      englishTarget: (target: string) => `objetivo: ${target} o menos`,
      spanishTarget: (target: string) => `objetivo: ${target} o más`,
      tooShort: (needed: number, counted: number) => `se mide a partir de ${needed} palabras (van ${counted}).`,
      marked: 'Las frases más difíciles están marcadas en amarillo: divídalas o use palabras más cortas (señale o toque una marca para ver una sugerencia).',
      note: (reason: string) => `El artículo explica por qué: «${reason}»`,
    },
    crisis: {
      automatic: 'Automático: se muestra cuando el texto menciona el suicidio o las autolesiones',
      always: 'Mostrar siempre el aviso de crisis en este artículo',
      off: 'Quitar el aviso automático (hace falta un motivo)',
      reason: 'Motivo que el revisor pueda leer',
      reasonMissing: 'Escriba el motivo que el revisor pueda leer, o elija otra opción.',
    },
    kept: {
      one: 'Trabajo sin guardar en este navegador',
      many: (count: number) => `${count} trabajos sin guardar en este navegador`,
      note: 'No se guardó en el sitio. Descárguelo o cópielo antes de seguir y después péguelo de nuevo en el artículo.',
      untitled: 'Artículo sin título',
      download: 'Descargar',
      downloadLabel: (title: string) => `Descargar “${title}”`,
      copy: 'Copiar el texto',
      copyLabel: (title: string) => `Copiar el texto de “${title}”`,
      copied: 'Copiado',
      forget: 'Ya los tengo: olvidar estas copias',
    },
  },
} as const satisfies Record<EditorLang, unknown>;

/** A field label, hint or rule in `lang`; an untranslated one is an error, so none slips through. */
export function fieldWords(english: string, lang: EditorLang): string {
  if (lang === 'en') return english;
  const translated = FIELD_WORDS_ES[english];
  if (translated === undefined) throw new Error(`No Spanish for the editor's words "${english}": add them to FIELD_WORDS_ES in src/lib/editor/words.ts`);
  return translated;
}

/**
 * The checker's messages as the Spanish editor shows them: the fix after " - " and the problem
 * before it, each by pattern ($1... are the parts kept: numbers, names, dates). A message no
 * pattern knows stays in English rather than being shown half-translated.
 */
const MESSAGE_WORDS_ES: Array<[RegExp, string, fixPart?: number]> = [
  [/^required - describe the image for readers who cannot see it$/, 'obligatorio: describa la imagen para quienes no pueden verla'],
  [/^required - add (\S+) as a date written like 2026-09-14$/, 'obligatorio: escriba la fecha ($1), por ejemplo 15/12/2026'],
  [/^required - (.*)$/, 'obligatorio: $1', 1],
  [/^title is longer than (\d+) characters - shorten it$/, 'el título tiene más de $1 caracteres: acórtelo'],
  [
    /^description is shorter than (\d+) characters - write a full sentence \((\d+)-(\d+) characters\)$/,
    'la descripción tiene menos de $1 caracteres: escriba una oración completa (de $2 a $3 caracteres)',
  ],
  [
    /^description is longer than (\d+) characters - search engines cut it off; shorten it$/,
    'la descripción tiene más de $1 caracteres: los buscadores la cortan; acórtela',
  ],
  [
    /^shortTitle is longer than (\d+) characters - search engines cut it off; shorten it$/,
    'el título corto tiene más de $1 caracteres: los buscadores lo cortan; acórtelo',
  ],
  [
    /^no source has the citation key "(.+)" - add it under Sources with that citation key, or fix the key in the text$/,
    'ninguna fuente tiene la clave de cita "$1": agréguela en Fuentes con esa clave, o corrija la clave en el texto',
  ],
  [/^empty - the clinician who reviewed the article picks their own name$/, 'vacío: el profesional clínico que revisó el artículo elige su propio nombre'],
  [/^empty - the clinician sets the day they approved the article$/, 'vacío: el profesional clínico pone el día en que aprobó el artículo'],
  [/^the review date is in the future - use the day the review was done$/, 'la fecha de revisión es futura: use el día en que se hizo la revisión'],
  [
    /^the review is older than the last update - review the current text and set the day of that review$/,
    'la revisión es anterior a la última actualización: revise el texto actual y ponga el día de esa revisión',
  ],
  [
    /^updatedDate is before pubDate - an update cannot come before publication; fix one of the dates$/,
    'la actualización es anterior a la publicación: corrija una de las dos fechas',
  ],
  [
    /^updatedDate must be the day of the newest entry under changes - set updatedDate: (\S+)$/,
    'la fecha de actualización debe ser la del cambio más reciente: póngala en $1',
  ],
  [/^add at least one topic id$/, 'elija al menos un tema'],
  [/^use at most (\d+) topics$/, 'use $1 temas como máximo'],
  [
    /^add a journal \(for articles\) or a publisher \(for web pages and reports\)$/,
    'agregue la revista (para artículos) o la editorial (para páginas web e informes)',
  ],
  [/^reference id "(.+)" is used twice - give each source its own id$/, 'la clave "$1" se usa dos veces: dé a cada fuente su propia clave'],
  [/^year looks wrong - use the four-digit year of publication$/, 'el año no parece correcto: use el año de publicación con cuatro cifras'],
  [/^readingLevelNote is longer than (\d+) characters - one or two sentences are enough$/, 'el motivo tiene más de $1 caracteres: bastan una o dos oraciones'],
  [/^translationOf must be the folder name of the original post, like (\S+)$/, 'elija de la lista el artículo original'],
  [
    /^\S+ "(.*)" is not a date written like 2026-09-14 - write a real date like 2026-09-14$/,
    '«$1» no es una fecha: escriba una fecha real, por ejemplo 15/12/2026',
  ],
  [/^draft must be true or false \(without quotes\)$/, 'Borrador debe estar activado o desactivado'],
  [/^must be a path on this site that starts with "\/", like (\S+)$/, 'debe ser una dirección de este sitio que empiece por «/», como $1'],
  [/^(?:\S+ must be one of|use one of): (.+)$/, 'use uno de estos valores: $1'],
  [/^crisisNotice must be true .*$/, 'elija una opción: mostrar siempre el aviso de crisis o, para quitar el aviso automático, escribir el motivo'],
  [/^doi must look like (\S+) \(no https:\/\/doi\.org\/ prefix\)$/, 'el DOI debe tener la forma $1 (sin https://doi.org/ delante)'],
  [/^pmid must be the PubMed number, digits only$/, 'el PMID debe ser el número de PubMed, solo cifras'],
  [/^\S+ must be a full web address starting with https:\/\/$/, 'debe ser una dirección web completa que empiece por https://'],
  [/^unknown field "(.+)" - did you mean "(.+)"\? Rename it\.$/, 'campo desconocido «$1»: ¿quiso decir «$2»? Cámbiele el nombre.'],
  [/^unknown field "(.+)" - remove it or check its spelling(?: \(allowed: (.+)\))?\.$/, 'campo desconocido «$1»: quítelo o revise cómo está escrito.'],
  [/^(\S+) is empty - (.*)$/, 'está vacío: $2', 2],
];
const FIX_WORDS_ES: Record<string, string> = {
  'write the headline of the post': 'escriba el titular del artículo',
  'write one sentence that says what the reader will learn': 'escriba una oración que diga qué aprenderá el lector',
  'copy the title of the source': 'copie el título de la fuente',
  'describe the image for readers who cannot see it': 'describa la imagen para quienes no pueden verla',
  'say why this post must not show the crisis notice': 'explique por qué este artículo no debe mostrar el aviso de crisis',
  'write the person or team name': 'escriba el nombre de la persona o del equipo',
  'write the role at the clinic': 'escriba el cargo en la clínica',
  'write a short paragraph about the person': 'escriba un párrafo breve sobre la persona',
  'write the topic name': 'escriba el nombre del tema',
  'write one or two sentences about the topic': 'escriba una o dos oraciones sobre el tema',
  "say in one line what changed, in the article's language": 'diga en una línea qué cambió, en el idioma del artículo',
  'pick a person from the list': 'elija a una persona de la lista',
  'pick a topic from the list': 'elija un tema de la lista',
  'topics must be a list, like [depression, treatment]': 'elija al menos un tema',
};

/** A checker message in the editor's language (see MESSAGE_WORDS_ES). */
export function messageWords(message: string, lang: EditorLang): string {
  if (lang === 'en') return message;
  for (const [pattern, spanish, fixPart] of MESSAGE_WORDS_ES) {
    const match = pattern.exec(message);
    if (!match) continue;
    if (fixPart === undefined) return message.replace(pattern, spanish);
    // Generic messages ("required - <fix>"): their fix is translated too, or the message stays whole.
    const fix = FIX_WORDS_ES[match[fixPart]!];
    return fix ? spanish.replace(`$${fixPart}`, fix) : message;
  }
  return message;
}

/** The language a person chose for the editor, else their browser's, else English. */
export function chooseEditorLang(chosen: string | null | undefined, browserLanguages: readonly string[]): EditorLang {
  if (chosen === 'en' || chosen === 'es') return chosen;
  const first = browserLanguages.find((tag) => /^(en|es)\b/i.test(tag));
  return first?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
