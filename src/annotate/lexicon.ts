/** General English news-writing lexicons: titles, organisation and place keywords, demonyms, speech verbs. */

/** Titles and roles that precede a person's name ("President", "Prime Minister", "Gen."). Lower-case. */
/** A party and state after a legislator's name, as one word: "(D-N.C.)", "(R-Utah)", "(I-Vt.)". */
export const PARTY_LABEL = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

export const TITLES = new Set(
  (
    'president vice-president premier chancellor king queen prince princess emir sheikh sultan pope cardinal archbishop bishop imam rabbi ' +
    'minister secretary senator sen sens rep reps representative del delegate congressman congresswoman governor gov mayor ambassador envoy spokesman spokeswoman spokesperson ' +
    'general gen lieutenant lt colonel col major maj captain capt commander sergeant sgt admiral adm marshal field ' +
    'dr doctor prof professor mr mrs ms miss messrs sir rev reverend fr msgr dame lord lady judge justice chief deputy leader chairman chairwoman chair ceo founder director ' +
    'coach manager striker midfielder defender goalkeeper chief-executive crown foreign prime defence defense interior finance health home state ' +
    'dictator despot ruler commissioner inspector detective officer constable superintendent ' +
    'economist analyst strategist lawyer attorney prosecutor ' +
    // sports positions and roles, which stand before a player's name as titles do
    'fullback full-back winger flanker scrum-half fly-half quarterback pitcher shortstop outfielder batsman bowler spinner off-spinner leg-spinner wicketkeeper all-rounder skipper playmaker sprinter hurdler jockey'
  ).split(' '),
);

/** Words that, as the last word of a capitalised name, make it an organisation. */
export const ORG_WORDS = new Set(
  (
    'ministry ministries forces force army navy agency party council committee commission court bank company corporation corp inc ltd plc llc group union ' +
    'association university college institute foundation times news post journal herald telegraph guardian tribune gazette television tv radio press media network ' +
    'broadcasting broadcast police department office authority organisation organization parliament senate congress assembly government administration ' +
    'club fc league federation service services airlines airways motors technologies labs systems guard guards brigade brigades front movement coalition ' +
    'alliance cabinet bureau board fund reserve exchange industries holdings partners trust society centre center hospital school ' +
    'academy church mosque command corps battalion regiment division unit squad team mutual insurance capital energy airline petroleum pharmaceuticals studios records images ' +
    // a news organisation's desks: "Bucharest Newsroom", "New York Energy Desk"
    'newsroom newsdesk desk'
  ).split(' '),
);

/** Words that, as the last word of a capitalised name, make it a place. */
export const PLACE_WORDS = new Set(
  (
    'city province region county state states square street road avenue lane palace heights hills hill mountains mountain river sea ocean island islands ' +
    'republic kingdom emirates border airport prison bridge stadium valley desert gulf bay coast strait peninsula park castle tower cathedral ' +
    'district suburb village town camp port harbour harbor base canal lake falls plaza boulevard highway motorway station crossing strip bank ' +
    'territory territories governorate oblast prefecture borough neighbourhood neighborhood arena hall terminal docks pier wharf quay marina depot'
  ).split(' '),
);

/** Joiners allowed inside a name: "Bank of England", "Abu Bakr al-Baghdadi", "Ludwig van Beethoven". */
export const NAME_JOINERS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'bint', 'de', 'la', 'du', 'van', 'von', 'der', 'del', 'da', 'le', 'di', 'dos', 'das', 'y', 'dello', 'della', 'delle', 'degli', 'dei', 'des', 'den', 'ter', 'ten', 'ul', 'ur', 'zu']);

/**
 * Demonyms and the place they stand for (general list of common countries). A Map, like every
 * lookup keyed by words: a plain object would answer for "constructor" or "toString" too.
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  american: 'United States', british: 'Britain', english: 'England', scottish: 'Scotland', welsh: 'Wales', irish: 'Ireland',
  french: 'France', german: 'Germany', italian: 'Italy', spanish: 'Spain', portuguese: 'Portugal', dutch: 'Netherlands',
  belgian: 'Belgium', swiss: 'Switzerland', austrian: 'Austria', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark',
  finnish: 'Finland', polish: 'Poland', czech: 'Czech Republic', hungarian: 'Hungary', greek: 'Greece', turkish: 'Turkey',
  russian: 'Russia', ukrainian: 'Ukraine', belarusian: 'Belarus', chinese: 'China', japanese: 'Japan', korean: 'Korea',
  indian: 'India', pakistani: 'Pakistan', afghan: 'Afghanistan', iranian: 'Iran', iraqi: 'Iraq', syrian: 'Syria',
  lebanese: 'Lebanon', israeli: 'Israel', palestinian: 'Palestine', jordanian: 'Jordan', egyptian: 'Egypt', saudi: 'Saudi Arabia',
  yemeni: 'Yemen', qatari: 'Qatar', emirati: 'United Arab Emirates', libyan: 'Libya', tunisian: 'Tunisia', algerian: 'Algeria',
  moroccan: 'Morocco', sudanese: 'Sudan', ethiopian: 'Ethiopia', kenyan: 'Kenya', nigerian: 'Nigeria', ghanaian: 'Ghana',
  'south african': 'South Africa', canadian: 'Canada', mexican: 'Mexico', brazilian: 'Brazil', argentine: 'Argentina',
  argentinian: 'Argentina', chilean: 'Chile', colombian: 'Colombia', venezuelan: 'Venezuela', cuban: 'Cuba', australian: 'Australia',
  'new zealand': 'New Zealand', indonesian: 'Indonesia', thai: 'Thailand', vietnamese: 'Vietnam', filipino: 'Philippines',
  malaysian: 'Malaysia', kurdish: 'Kurdistan', taiwanese: 'Taiwan', georgian: 'Georgia', armenian: 'Armenia', azerbaijani: 'Azerbaijan',
}));

/** Speech verbs that, used with a quote or clause, mark the subject as the source. */
export const SAY_LIKE = new Set(
  'say tell report announce confirm declare state add insist deny warn write tweet post reveal explain note allege argue acknowledge admit assert maintain stress remark share indicate'.split(
    ' ',
  ),
);

/** Passive hedges: "is said to", "is understood to", "is believed to". */
export const HEDGE_PASSIVES = new Set(['say', 'understand', 'believe', 'think', 'report', 'expect', 'allege', 'rumour', 'rumor', 'suspect', 'know', 'claim', 'feel']);

/** Hedging adverbs. */
export const HEDGE_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'possibly', 'probably', 'likely', 'perhaps', 'seemingly', 'ostensibly']);

export const MODALS = new Set(['may', 'might', 'could']);

export const SUBORDINATORS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'until',
  'if', 'unless', 'whether', 'where', 'once', 'whereas', 'so',
]);

export const LOCATIVE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'throughout', 'around', 'through', 'within']);

/**
 * Verbs of attitude and appeal: what they take as object is a topic, so a place inside it
 * ("called for calm in Sudan", "worried by the events in Syria", "welcomed the vote in
 * Kenya") says what the reaction is about, not where the subject reacted.
 */
export const ATTITUDE_VERBS = new Set(
  'welcome call urge worry concern condemn praise criticise criticize applaud deplore lament mourn demand appeal hail congratulate denounce regret'.split(' '),
);

/** Verbs whose direct object is a place where the event happens ("entered Damascus", "fled Syria"). */
export const MOTION_VERBS = new Set(
  'enter storm capture take reach flee leave seize invade visit attack bomb hit strike liberate depart quit tour control besiege shell raid occupy evacuate cross return arrive overrun retake recapture surround encircle target land pass sweep march rule govern host flood'.split(
    ' ',
  ),
);

/** The world's countries and territories, by their usual English names (lower case). */
export const COUNTRIES = new Set(
  (
    'afghanistan|albania|algeria|andorra|angola|antigua|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|east timor|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|macedonia|north macedonia|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|swaziland|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|united kingdom|britain|great britain|england|scotland|wales|northern ireland|united states|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|yugoslavia|zaire|zambia|zimbabwe|soviet union|ussr|czechoslovakia|hong kong|puerto rico|greenland|korea|tibet|kurdistan|u.s.|us|usa|uk|u.k.'
  ).split('|'),
);
