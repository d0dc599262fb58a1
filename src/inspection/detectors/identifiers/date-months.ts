// Month names of the other languages clinics write in (accents dropped, as normalization leaves them):
// Spanish, Portuguese, French, Tagalog, Polish (genitive), Italian, German, Haitian Creole, with the usual
// abbreviations. Shared by the date forms (date-forms.ts) and the keyword pass that tells when to look for
// them (keywords.ts). Names that are also words or names elsewhere ("me", "out", "mas", "jen" in Creole, "set"
// in Portuguese, "ago" in Spanish, "mai") count only with a year and live apart.
export const FOREIGN_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|dic|' +
  'janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|dez|' +
  'janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|decembre|janv|fevr|avr|juil|' +
  'pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|' +
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'januar|februar|marz|juni|juli|oktober|dezember|' +
  'janvye|fevriye|jiye|septanm|oktob|novanm|desanm';
export const FOREIGN_MONTHS_WITH_YEAR = 'me|out|mas|set|mai|jen|ago';
