/**
 * Editorial rules checked on every post by `npm run check:content` and the build.
 * Edit these lists to tune them: an `error` stops the build, a `warning` is listed.
 * Patterns are matched per line, case-insensitively.
 */
import { glossaryRules, SUICIDE_OR_SELF_HARM, type GlossaryTerm, type LanguageRules, type PhraseRule } from './lib/editorial-checks.ts';
import type { Lang } from './i18n/locales.ts';
import type { ReadingTargets } from './lib/reading-level/index.ts';

/**
 * Reading level: patient material should read at about a 6th-8th grade level (NIH, AMA, CDC's
 * Clear Communication Index). English: Flesch-Kincaid grade 8 or lower. Spanish: INFLESZ 55 or
 * more ("normal" or easier). Above target is a warning, never an error.
 */
export const readingTargets: ReadingTargets = { en: { maxFleschKincaidGrade: 8 }, es: { minInflesz: 55 } };

const PSYCHIATRIC_USES = '(?:depression|bipolar\\w*|ptsd|post-?traumatic|anxiety|ocd|mental health|psychiatric\\w*)';

/** Marketing claims that overstate what ketamine does. */
export const claimRules: PhraseRule[] = [
  // Honest negations ("ketamine is not a cure") are fine; claims are not.
  {
    phrase: 'cure',
    pattern: /(?<!\b(?:not an?|no|never an?|isn't an?) )\bcur(?:e|es|ed|ing)\b/i,
    severity: 'error',
    why: 'ketamine does not cure these conditions - describe what studies measured, such as response or remission',
  },
  { phrase: 'miracle', pattern: /\bmiracl\w*/i, severity: 'error', why: 'overstates the evidence - describe the results plainly' },
  {
    phrase: 'guaranteed',
    pattern: /(?<!\b(?:not|no|never|cannot be|can't be) )\bguarantee\w*/i,
    severity: 'error',
    why: 'no treatment works for everyone - say how many people responded in studies',
  },
  {
    phrase: '100% effective',
    pattern: /\b100\s?%\s*(?:effective|success\w*)|\balways works\b/i,
    severity: 'error',
    why: 'no treatment works for everyone - give the figures a source reports',
  },
  {
    phrase: 'FDA-approved (ketamine for a psychiatric use)',
    pattern: new RegExp(
      `\\bFDA[- ]approved (?:iv |intravenous )?ketamine(?: infusions?)? (?:for|to treat) ${PSYCHIATRIC_USES}|\\bketamine (?:is|has been|was) (?:now )?FDA[- ]approved (?:for|to treat) ${PSYCHIATRIC_USES}`,
      'i',
    ),
    severity: 'error',
    why: 'ketamine is FDA-approved only as an anesthetic; say the use is off-label (esketamine nasal spray is the approved product for treatment-resistant depression)',
  },
  { phrase: 'breakthrough', pattern: /\bbreakthrough\b/i, severity: 'warning', why: 'sounds like marketing - say what is new and how strong the evidence is' },
  { phrase: 'life-changing', pattern: /\blife[- ]changing\b/i, severity: 'warning', why: 'promises an outcome - describe what people in studies experienced' },
  {
    phrase: 'instant relief',
    pattern: /\binstant(?:ly)? (?:relief|reliev\w*|results?)\b/i,
    severity: 'warning',
    why: 'overstates speed - say "within hours" or "within a day" if a source reports it',
  },
  {
    phrase: 'permanent',
    pattern: /\bpermanent(?:ly)? (?:relief|results?|fix|recovery)\b/i,
    severity: 'warning',
    why: 'effects of ketamine often fade - say how long they lasted in studies',
  },
  {
    phrase: 'no side effects',
    pattern: /\bno side[- ]effects\b|\bcompletely safe\b|\brisk[- ]free\b/i,
    severity: 'error',
    why: 'every treatment has side effects - describe them and how they are monitored',
  },
];

/** Wording that safe-messaging guidance (reportingonsuicide.org) advises against. */
export const safeMessagingRules: PhraseRule[] = [
  { phrase: 'committed suicide', pattern: /\bcommit(?:s|ted|ting)? suicide\b/i, severity: 'warning', why: 'implies a crime - write "died by suicide"' },
  {
    phrase: 'successful suicide',
    pattern: /\bsuccessful (?:suicide|attempt)\b/i,
    severity: 'warning',
    why: 'frames death as success - write "died by suicide"',
  },
  {
    phrase: 'failed attempt',
    pattern: /\b(?:failed|unsuccessful) (?:suicide )?attempt\b/i,
    severity: 'warning',
    why: 'frames survival as failure - write "suicide attempt" or "survived an attempt"',
  },
  {
    phrase: 'suicide epidemic',
    pattern: /\bsuicide epidemic\b|\bepidemic of suicides?\b/i,
    severity: 'warning',
    why: 'sensational - give the figures and frame suicide as preventable',
  },
];

/** Method words that must not appear next to suicide or self-harm. */
export const methodWords: string[] = [
  'overdose',
  'overdosed',
  'hanging',
  'hanged',
  'firearm',
  'gun',
  'gunshot',
  'jumped',
  'jumping',
  'poison',
  'poisoning',
  'pills',
  'cutting',
  'razor',
  'bridge',
];

/** Spanish: the same care, in the words Spanish-language health writing uses. */
const USOS_PSIQUIATRICOS = '(?:(?:el tratamiento de )?(?:la )?(?:depresi\\p{L}*|trastorno\\p{L}*|ansiedad|tept|estr\\p{L}s postraum\\p{L}tico|salud mental))';
// \b only knows ASCII letters; Spanish words end in á, é, ó, ñ...: these lookarounds know every letter.
const start = '(?<![\\p{L}\\p{N}])';
const end = '(?![\\p{L}\\p{N}])';
/** ⟨ and ⟩ mark the start and end of a word. */
const es = (source: string) => new RegExp(source.replaceAll('⟨', start).replaceAll('⟩', end), 'iu');

export const spanishClaimRules: PhraseRule[] = [
  {
    phrase: 'cura',
    // "no es una cura" y "no cura" son honestos; "cura la depresión" no lo es.
    pattern: es('(?<!(?:no es una|no es la|no|nunca|ninguna) )⟨cur(?:a|an|ar|ará|ó)⟩'),
    severity: 'error',
    why: 'la ketamina no cura estas afecciones - describa lo que midieron los estudios, como respuesta o remisión',
  },
  { phrase: 'milagro', pattern: es('⟨milagr\\p{L}*'), severity: 'error', why: 'exagera la evidencia - describa los resultados con sencillez' },
  {
    phrase: 'garantizado',
    pattern: es('(?<!(?:no|nunca|no se puede|no está|no hay) )⟨garantiz\\p{L}*'),
    severity: 'error',
    why: 'ningún tratamiento funciona para todos - diga cuántas personas respondieron en los estudios',
  },
  {
    phrase: '100 % eficaz',
    pattern: es('⟨100\\s?%\\s*(?:eficaz|efectiv\\p{L}*|de éxito)|⟨siempre funciona⟩'),
    severity: 'error',
    why: 'ningún tratamiento funciona para todos - dé las cifras que informa una fuente',
  },
  {
    phrase: 'aprobada por la FDA (ketamina para un uso psiquiátrico)',
    pattern: es(`⟨ketamina (?:está|fue|ha sido) (?:ya )?aprobada por la FDA (?:para|como tratamiento de) ${USOS_PSIQUIATRICOS}`),
    severity: 'error',
    why: 'la FDA aprobó la ketamina solo como anestésico; diga que es un uso fuera de indicación (la esketamina en aerosol nasal es el producto aprobado para la depresión resistente al tratamiento)',
  },
  {
    phrase: 'sin efectos secundarios',
    pattern: es('⟨sin efectos secundarios⟩|⟨completamente segur[oa]⟩|⟨sin ningún riesgo⟩|⟨libre de riesgos?⟩'),
    severity: 'error',
    why: 'todo tratamiento tiene efectos secundarios - descríbalos y explique cómo se vigilan',
  },
  {
    phrase: 'revolucionario',
    pattern: es('⟨revolucionari\\p{L}*'),
    severity: 'warning',
    why: 'suena a publicidad - diga qué es nuevo y qué tan sólida es la evidencia',
  },
  {
    phrase: 'alivio inmediato',
    pattern: es('⟨(?:alivio|resultados?) (?:inmediato|instantáneo)s?⟩'),
    severity: 'warning',
    why: 'exagera la rapidez - diga "en horas" o "en un día" si una fuente lo informa',
  },
  {
    phrase: 'permanente',
    pattern: es('⟨(?:alivio|resultados?|recuperación) permanentes?⟩'),
    severity: 'warning',
    why: 'los efectos de la ketamina a menudo se desvanecen - diga cuánto duraron en los estudios',
  },
];

/** Safe messaging in Spanish: "murió por suicidio" or "se suicidó", never "cometió suicidio". */
export const spanishSafeMessagingRules: PhraseRule[] = [
  {
    phrase: 'cometió suicidio',
    pattern: es('⟨comet\\p{L}* (?:el )?suicidio⟩'),
    severity: 'warning',
    why: 'sugiere un delito - escriba "murió por suicidio" o "se suicidó"',
  },
  {
    phrase: 'suicidio exitoso',
    pattern: es('⟨(?:suicidio|intento) exitoso⟩'),
    severity: 'warning',
    why: 'presenta la muerte como un éxito - escriba "murió por suicidio"',
  },
  {
    phrase: 'intento fallido',
    pattern: es('⟨intento (?:de suicidio )?(?:fallido|frustrado)⟩'),
    severity: 'warning',
    why: 'presenta la supervivencia como un fracaso - escriba "intento de suicidio" o "sobrevivió a un intento"',
  },
  {
    phrase: 'epidemia de suicidios',
    pattern: es('⟨epidemia de suicidios?⟩'),
    severity: 'warning',
    why: 'es sensacionalista - dé las cifras y presente el suicidio como prevenible',
  },
];

export const spanishMethodWords: string[] = [
  'sobredosis',
  'ahorcamiento',
  'ahorcó',
  'ahorcarse',
  'arma de fuego',
  'pistola',
  'disparo',
  'saltó',
  'veneno',
  'envenenamiento',
  'pastillas',
  'cortarse',
  'navaja',
  'puente',
];

/** Words that mean a Spanish text discusses suicide or self-harm (the crisis notice's trigger). */
const SUICIDIO_O_AUTOLESION = es(
  '⟨(?:suicid\\p{L}*|autolesi\\p{L}*|hacerse daño|lastimarse a (?:sí )?mism[oa]|quitar(?:se|me|te|le) la vida|acabar con (?:su|mi|tu) (?:propia )?vida)',
);

/**
 * One Spanish term per concept, as a reader in Miami meets it in the interface and the articles;
 * the other terms are warned about (and a unit test keeps the interface free of them).
 */
export const spanishGlossary: GlossaryTerm[] = [
  {
    concept: 'booking a first visit',
    use: 'pedir una consulta',
    instead: ['reservar una consulta', 'agendar una consulta', 'agendar una cita', 'sacar una cita', 'hacer una cita'],
  },
  {
    concept: 'the clinician',
    use: 'profesional clínico',
    instead: ['profesional médico', 'proveedor de salud', 'proveedor médico', 'proveedor de atención médica'],
  },
  {
    concept: 'the 988 line',
    use: 'Línea 988 de Prevención del Suicidio y Crisis',
    instead: ['988 Lifeline', 'Línea de Vida 988', 'Línea 988 de Crisis y Suicidio', 'Línea Nacional de Prevención del Suicidio'],
  },
  { concept: 'off-label use', use: 'uso fuera de indicación', instead: ['uso no autorizado', 'uso no aprobado', 'uso off-label'] },
];

/** The rules of each language the site publishes in; a post is checked with its own language's. */
export const editorialRules: Record<Lang, LanguageRules> = {
  en: { claims: claimRules, safeMessaging: safeMessagingRules, methodWords, crisisTrigger: SUICIDE_OR_SELF_HARM },
  es: {
    claims: spanishClaimRules,
    safeMessaging: spanishSafeMessagingRules,
    methodWords: spanishMethodWords,
    crisisTrigger: SUICIDIO_O_AUTOLESION,
    glossary: glossaryRules(spanishGlossary, es),
  },
};
