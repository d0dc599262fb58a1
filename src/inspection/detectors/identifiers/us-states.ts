// US states and territories as addresses write them: USPS codes and names (lower case).
export const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DC|FL|GA|IA|IL|KS|KY|LA|MA|MI|MN|MO|MS|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|PR|RI|SC|SD|TN|TX|UT|VA|VI|VT|WA|WI|WV|WY|GU|AS|MP';
// Two-letter states that are also words or titles ("OK", "IN", "HI", "ME", "OR", "MD", "PA", "DE", "ID"):
// only after "City, " or a title-case city ("Portland OR 97201"), not after a command ("Reply OK 55555").
export const AMBIGUOUS = 'IN|ME|OK|HI|OR|MD|PA|DE|ID';
export const STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico';
