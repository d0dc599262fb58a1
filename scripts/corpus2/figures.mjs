// Benign phrases for the look-alike templates: medical words used figuratively, and awareness campaigns that
// name conditions without being about anyone.

export const figurative = [
  'my phone is dying, charger anyone?', 'this traffic is killing me', 'that calc exam was brutal', 'the office wifi has a fever today',
  'I\'m allergic to Monday mornings', 'heartbroken the Mariners lost again', 'stroke of luck at work today!', 'that song is so infectious',
  'our fantasy team needs surgery', 'I need a dose of vitamin sea 🌊', 'my bank account is in critical condition', 'the printer is on life support',
  'this meeting gave me a headache', 'Cancer season = cozy nights in ♋', 'Scorpio moon, expect drama', 'that joke was sick 😂',
  'the new phone has a killer camera', 'our sales numbers tested positive for growth', 'my sourdough starter died, RIP',
  'the laptop caught a virus from that sketchy site', 'shot of tequila for the birthday girl!', 'the garden is in recovery after the frost',
  'that plot twist gave me a heart attack', 'positive vibes for your interview tomorrow!', 'pills? no, PILLOWS, we need more pillows for the couch',
  'the car battery is dead again', 'that cat video went viral', 'he took a bullet for the team on that project', 'I\'m so sick of this rain',
  'the deadline is terminal, no extensions', 'the band\'s new single is a total fever dream', 'this heat is insane, AC is on life support',
  'my playlist has a chronic case of 90s pop', 'they operate the ferry on a reduced schedule today', 'Dr. Seuss day at the library Saturday',
  'grab a Dr Pepper for me?', 'the mall blood drive sign scared my kid, she thought it was a horror movie', 'Operation Tidy Garage begins at noon',
  'the pharmacy aisle at Target has the good candles lol', 'remote control is dead, need AAA batteries',
];

export const awareness = [
  'October is Breast Cancer Awareness Month. Schedule your mammogram.', 'November is Diabetes Awareness Month: free A1c checks this week.',
  'May is Mental Health Awareness Month. You are not alone - call or text 988.', 'September is Suicide Prevention Month. Know the signs.',
  'World AIDS Day is Dec 1. Free, confidential testing all week.', 'National HIV Testing Day is June 27. Walk-ins welcome.',
  'March is Colorectal Cancer Awareness Month. Screening starts at 45.', 'February is American Heart Month. Know your numbers.',
  'Sickle Cell Awareness Month: learn about your trait status.', 'STI Awareness Week: testing is free and private.',
  'Alcohol Awareness Month: support is available, no judgment.', 'National Recovery Month: recovery is possible.',
  'Cervical Health Awareness Month: HPV vaccine is recommended through age 26.', 'Stroke Awareness Month: BE FAST and call 911.',
];
