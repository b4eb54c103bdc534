package org.vigil.pipeline.resolve.geo.toponym;

import java.util.Map;
import java.util.Set;

/**
 * The closed word lists the toponym rules use. Every list is general English (or news) vocabulary; none names a
 * place of a particular article.
 */
final class Words {
  private Words() {}

  /** An immutable set; repeated words are harmless. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Prepositions that put a following name in a locative role: "in Bamako", "near Gao", "from Kidal". */
  static final Set<String> LOCATIVE = set("in", "at", "near", "from", "to", "outside", "inside", "across",
      "throughout", "into", "toward", "towards", "around", "via", "through", "within", "between", "nearby", "across",
      "from", "visit", "visited", "visiting", "reach", "reached", "entered", "leave", "left", "toured", "northwest",
      "northeast", "southwest", "southeast", "north", "south", "east", "west", "outskirts", "downtown", "borders",
      "bordering", "neighboring", "neighbouring", "neighbour", "neighbor");

  /** Direction and position adjectives that precede a region: "northern Mali", "rural Georgia". */
  static final Set<String> DIRECTIONS = set("northern", "southern", "eastern", "western", "central",
      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
      "south-eastern", "south-western", "north-east", "north-west", "south-east", "south-west", "upstate",
      "downstate", "rural", "suburban", "coastal", "mainland", "downtown", "greater", "metropolitan", "metro",
      "neighboring", "neighbouring", "war-torn", "nearby");

  /** Lower-case words after a name that make it a place: "Bulacan province", "the Kidal region", "Gao city". */
  static final Set<String> PLACE_NOUNS = set("province", "provinces", "state", "region", "district",
      "county", "city", "town", "village", "villages", "area", "capital", "governorate", "department",
      "municipality", "prefecture", "township", "borough", "suburb", "suburbs", "neighborhood", "neighbourhood",
      "island", "islands", "valley", "coast", "border", "countryside", "resident", "residents", "native", "natives",
      "area's", "city's", "state's", "county's", "metro", "downtown", "region's", "parish", "oblast", "territory");

  /** Lower-case words after a name that show it is a place's name used as an adjective: "a Columbia woman". */
  static final Set<String> LOCAL_NOUNS = set("man", "woman", "men", "women", "teen", "teenager", "boy", "girl",
      "couple", "family", "families", "student", "students", "officials", "police", "officer", "officers",
      "firefighters", "mayor", "motorist", "driver", "businessman", "voters", "schools", "church", "hospital",
      "council", "attorney", "prosecutor", "authorities", "government", "newspaper", "campus", "chapter",
      "office", "branch", "headquarters", "plant", "store", "hotel", "home", "homes", "airport", "bureau");

  /** Capitalised words that end a place's own name and belong in its span: "Laurel County", "Borno State". */
  static final Set<String> ADMIN_SUFFIXES = set("County", "Parish", "Township", "Borough", "Province", "State",
      "Region", "District", "Governorate", "Prefecture", "Oblast", "Municipality", "Department", "Territory",
      "City");

  /** Capitalised words that end the name of a street or natural feature (a toponym the gazetteer lacks). */
  static final Set<String> FEATURE_SUFFIXES = set("Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Drive",
      "Dr.", "Boulevard", "Blvd.", "Lane", "Highway", "Hwy.", "Parkway", "Pike", "Trail", "Turnpike", "Expressway",
      "Freeway", "Square", "River", "Creek", "Lake", "Valley", "Island", "Islands", "Mountain", "Mountains", "Mount",
      "Bay", "Gulf", "Sea", "Ocean", "Peninsula", "Desert", "Canyon", "Hills", "Forest", "Strait", "Falls",
      "Harbor", "Harbour", "Beach", "Plateau", "Basin", "Delta", "Canal");

  /** Words that make the capitalised run around a name an organisation, building or event rather than a place. */
  static final Set<String> ORG_HEADS = set("University", "College", "School", "Academy", "Institute",
      "Hospital", "Clinic", "Church", "Cathedral", "Department", "Police", "Sheriff", "Court", "Council", "Company",
      "Co.", "Inc.", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "Association", "Society", "Club", "Party", "Bank",
      "Times", "Post", "News", "Herald", "Tribune", "Journal", "Gazette", "Chronicle", "Press", "Daily", "Airlines",
      "Airways", "Center", "Centre", "Committee", "Commission", "Board", "Authority", "Agency", "Office", "Ministry",
      "Foundation", "Fund", "Group", "Team", "FC", "Airport", "Station", "Museum", "Hotel", "Mall", "Stadium",
      "Arena", "Library", "Theatre", "Theater", "Zoo", "Prison", "Jail", "Fire", "Rescue", "Service", "Services",
      "Administration", "Bureau", "Assembly", "Congress", "Parliament", "Senate", "Legislature", "Government",
      "Cup", "Games", "Open", "Marathon", "Festival", "Fair", "Show", "Award", "Awards", "Prize", "Trust",
      "Network", "Radio", "TV", "Television", "Magazine", "Review", "Records", "Motors", "Energy", "Health",
      "Medical", "Memorial", "Regional", "Community", "Public", "High", "Elementary", "Middle", "Program",
      "Project", "Initiative", "Alliance", "Union", "League", "Federation", "Organization", "Organisation",
      "Coalition", "Movement", "Front", "Army", "Navy", "Force", "Forces", "Guard", "Corps", "Brigade",
      "Battalion", "Regiment", "Division", "Command", "Unit", "Squad", "Patrol", "Republicans", "Democrats",
      "Chamber", "Commerce", "Industries", "Holdings", "Partners", "Capital", "Ventures", "Labs", "Technologies",
      "Systems", "Solutions", "Foods", "Farms", "Pharmaceuticals", "Church's", "Diocese", "Mosque", "Temple",
      "Synagogue", "Cemetery", "Convention", "Conference", "Summit", "Treaty", "Accord", "Agreement", "Act",
      "Law", "Bill", "Plan", "Declaration", "War", "Revolution", "Uprising", "Massacre", "Crisis", "Affair",
      "Flu", "Fever", "Virus", "Disease", "Syndrome", "Fashion", "Week", "Lottery", "Stock", "Exchange",
      "Symphony", "Orchestra", "Opera", "Ballet", "Choir", "Band", "Orioles", "Braves", "Giants", "Bulldogs");

  /**
   * Heads of public bodies that take the name of the place they serve ("Gainesville Police", "Greene County Common
   * Pleas Court", "Fargo City Commission"): the place name in them is a toponym when the options say so. Other
   * organisations (universities, companies, teams) are often named after people or only loosely after a place.
   */
  static final Set<String> SERVICE_HEADS = set("Police", "Sheriff", "Sheriff's", "Sheriff’s", "Fire", "Department",
      "Court", "Council", "Commission", "Board", "Public", "Library", "Schools", "Office", "Government", "Authority",
      "Airport", "Hospital", "Medical", "Regional", "Community", "County", "City", "Chamber", "Rescue", "Mayor",
      "Township", "Municipal", "Health", "Transit", "Water", "Parks", "Housing", "District", "Area", "Metro",
      "Emergency", "Animal", "Planning", "Township", "Village", "Town", "Borough", "Administration", "Services",
      "Service", "High", "Elementary", "Middle", "Memorial", "Convention", "Visitors", "Historical", "Museum",
      "Zoo", "Symphony", "Journal", "Herald", "Times", "News", "Tribune", "Gazette", "Post", "Daily", "Chronicle",
      "Register", "Star", "Record", "Observer", "Courier", "Press", "Telegraph", "Democrat", "Republican",
      "Leader", "Examiner", "Dispatch", "Bulletin", "Sun");

  /** Lower-case words after a name that make it the name of a disease or strain ("Reston ebolavirus"). */
  static final Set<String> DISEASE_WORDS = set("virus", "ebolavirus", "flu", "fever", "strain", "strains",
      "disease", "syndrome", "encephalitis", "pox");

  /**
   * Lower-case words after a name that make it the name of a natural feature, not of a town ("the Sahara desert",
   * "the Ohio river"): gazetteers list villages of many such names.
   */
  static final Set<String> NATURAL_FEATURES = set("desert", "deserts", "mountains", "mountain", "river", "sea",
      "ocean", "gulf", "strait", "straits", "peninsula", "glacier", "volcano", "canal", "plateau");

  /** Tokens that introduce a person's name: a name after them is not a place. */
  static final Set<String> PERSON_TITLES = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen",
      "sen.", "rep", "rep.", "gov", "gov.", "lt", "lt.", "sgt", "sgt.", "capt", "capt.", "col", "col.", "gen",
      "gen.", "president", "senator", "governor", "mayor", "judge", "justice", "officer", "deputy", "detective",
      "sheriff", "chief", "pastor", "rev", "rev.", "reverend", "father", "sister", "brother", "coach", "prof",
      "prof.", "professor", "secretary", "minister", "king", "queen", "prince", "princess", "lord", "lady", "sir",
      "saint", "pope", "attorney", "spokesman", "spokeswoman", "trooper", "cpl", "cpl.", "pvt", "pvt.", "sgt.",
      "lieutenant", "sergeant", "captain", "commissioner", "councilman", "councilwoman", "superintendent",
      "principal", "director", "manager", "chairman", "chairwoman", "ceo", "dean", "st");

  /** Words that, after a name, show it is a person: "Washington said", "Jackson, 45,". */
  static final Set<String> PERSON_VERBS = set("said", "says", "told", "added", "explained", "noted", "asked",
      "wrote", "stated", "testified", "pleaded", "admitted", "died", "was arrested", "replied", "recalled", "argued",
      "insisted", "believes", "thinks", "who");

  /**
   * Frequent English words that are also names of populated places somewhere ("Police", "Mobile", "Reading",
   * "Bath"). A capitalised one is a place only with other evidence: a NER LOCATION tag, a locative cue, or a state
   * after it.
   */
  static final Set<String> COMMON = set(
      "a", "about", "after", "all", "also", "an", "and", "any", "as", "at", "be", "because", "been", "but", "by",
      "can", "come", "could", "day", "do", "even", "first", "for", "from", "get", "give", "go", "good", "have", "he",
      "her", "here", "him", "his", "how", "i", "if", "in", "into", "it", "its", "just", "know", "like", "look",
      "make", "man", "me", "most", "my", "new", "no", "not", "now", "of", "on", "one", "only", "or", "other", "our",
      "out", "over", "people", "say", "see", "she", "so", "some", "take", "than", "that", "the", "their", "them",
      "then", "there", "these", "they", "think", "this", "time", "to", "two", "up", "us", "use", "want", "way", "we",
      "well", "what", "when", "which", "who", "will", "with", "work", "would", "year", "you", "your", "police",
      "mobile", "reading", "bath", "hope", "march", "may", "june", "july", "august", "independence", "liberty",
      "union", "unity", "victory", "progress", "mission", "eagle", "friendship", "harmony", "justice", "peace",
      "freedom", "providence", "concord", "commerce", "enterprise", "industry", "energy", "opportunity", "success",
      "welcome", "paradise", "normal", "early", "orange", "lime", "olive", "cherry", "rose", "lily", "ivy", "marble",
      "granite", "flint", "iron", "gold", "silver", "diamond", "crystal", "pearl", "coral", "amber", "jade", "ruby",
      "star", "sun", "moon", "sunrise", "sunset", "fairview", "plain", "plains", "ridge", "grove", "mill", "mills",
      "spring", "springs", "falls", "center", "centre", "junction", "crossing", "landing", "park", "parks", "bay",
      "beach", "harbor", "port", "point", "rock", "rocks", "stone", "wood", "woods", "forest", "hill", "hills",
      "valley", "lake", "river", "creek", "bridge", "church", "chapel", "temple", "castle", "tower", "hall",
      "market", "cross", "post", "office", "station", "camp", "fort", "mount", "cove", "bluff", "summit", "lane",
      "street", "road", "ferry", "brook", "haven", "heights", "gardens", "village", "town", "city", "county",
      "state", "nation", "north", "south", "east", "west", "central", "middle", "upper", "lower", "big", "little",
      "long", "short", "high", "low", "deep", "grand", "great", "old", "young", "black", "white", "red", "green",
      "blue", "brown", "gray", "grey", "pink", "bright", "fair", "clear", "sweet", "fine", "royal", "noble",
      "golden", "happy", "lucky", "rich", "best", "better", "home", "house", "family", "life", "love", "joy",
      "grace", "faith", "charity", "mercy", "trinity", "more", "less", "many", "much", "said", "news", "report",
      "today", "tonight", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "god",
      "christ", "allah", "lord", "bar", "ham", "sale", "deal", "worth", "bend", "boulder", "buffalo", "delta",
      "alpha", "omega", "phoenix", "atlas", "nova", "plaza", "vista", "mesa", "sierra", "federal", "national",
      "general", "international", "world", "global", "local", "regional", "public", "university", "college",
      "school", "hospital", "court", "council", "department", "ministry", "army", "navy", "force", "air", "sea",
      "land", "water", "fire", "health", "food", "trade", "business", "markets", "bank", "government", "party",
      "senate", "congress", "commission", "committee", "board", "agency", "service", "services", "group", "company",
      "saint", "st", "holy", "sacred", "chief", "king", "queen", "prince", "princess", "president", "mayor",
      "governor", "officer", "deputy", "sheriff", "judge", "bishop", "pastor", "father", "mother", "brother",
      "sister", "son", "daughter", "wife", "husband", "baby", "child", "children", "girl", "boy", "woman", "men",
      "women", "friend", "friends", "team", "club", "game", "games", "cup", "league", "season", "win", "loss");

  /**
   * State and province abbreviations in news style (AP for the US), exactly as printed once spaces are removed:
   * "Ga.", "W.Va.", "Calif.", "N.Y.", and the Australian and Canadian forms news uses ("NSW", "B.C.", "Ont."). The
   * value is the country code and the division's name.
   */
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("Ala.", "US:AL"), Map.entry("Ariz.", "US:AZ"), Map.entry("Ark.", "US:AR"),
      Map.entry("Calif.", "US:CA"), Map.entry("Colo.", "US:CO"), Map.entry("Conn.", "US:CT"),
      Map.entry("Del.", "US:DE"), Map.entry("Fla.", "US:FL"), Map.entry("Ga.", "US:GA"), Map.entry("Ill.", "US:IL"),
      Map.entry("Ind.", "US:IN"), Map.entry("Kan.", "US:KS"), Map.entry("Kans.", "US:KS"), Map.entry("Ky.", "US:KY"),
      Map.entry("La.", "US:LA"), Map.entry("Md.", "US:MD"), Map.entry("Mass.", "US:MA"), Map.entry("Mich.", "US:MI"),
      Map.entry("Minn.", "US:MN"), Map.entry("Miss.", "US:MS"), Map.entry("Mo.", "US:MO"),
      Map.entry("Mont.", "US:MT"), Map.entry("Neb.", "US:NE"), Map.entry("Nebr.", "US:NE"),
      Map.entry("Nev.", "US:NV"), Map.entry("N.H.", "US:NH"), Map.entry("N.J.", "US:NJ"), Map.entry("N.M.", "US:NM"),
      Map.entry("N.Y.", "US:NY"), Map.entry("N.C.", "US:NC"), Map.entry("N.D.", "US:ND"),
      Map.entry("Okla.", "US:OK"), Map.entry("Ore.", "US:OR"), Map.entry("Pa.", "US:PA"), Map.entry("R.I.", "US:RI"),
      Map.entry("S.C.", "US:SC"), Map.entry("S.D.", "US:SD"), Map.entry("Tenn.", "US:TN"), Map.entry("Tex.", "US:TX"),
      Map.entry("Vt.", "US:VT"), Map.entry("Va.", "US:VA"), Map.entry("Wash.", "US:WA"), Map.entry("W.Va.", "US:WV"),
      Map.entry("Wis.", "US:WI"), Map.entry("Wyo.", "US:WY"), Map.entry("D.C.", "US:DC"),
      Map.entry("NSW", "AU:New South Wales"), Map.entry("Qld", "AU:Queensland"),
      Map.entry("B.C.", "CA:British Columbia"),
      Map.entry("Ont.", "CA:Ontario"), Map.entry("Que.", "CA:Quebec"), Map.entry("Alta.", "CA:Alberta"),
      Map.entry("Sask.", "CA:Saskatchewan"));

  /**
   * The country code and division name of a news-style state abbreviation ("W. Va.", "Calif.", "NSW"), or null. In
   * a party label ("D-Calif") the final period may be missing.
   */
  static String[] abbreviation(String text, boolean periodOptional) {
    String t = text.replace(" ", "");
    String v = ABBREVIATIONS.get(t);
    if (v == null && periodOptional && !t.endsWith(".")) {
      v = ABBREVIATIONS.get(t + ".");
    }
    if (v == null) {
      return null;
    }
    String cc = v.substring(0, 2);
    String name = v.substring(3);
    return new String[] {cc, cc.equals("US") ? US_STATES.get(name) : name};
  }

  /** US state names by postal code, to find the division in the gazetteer. */
  static final Map<String, String> US_STATES = Map.ofEntries(
      Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
      Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
      Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("FL", "Florida"),
      Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"),
      Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
      Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"),
      Map.entry("MA", "Massachusetts"), Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"),
      Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"),
      Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"),
      Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"),
      Map.entry("NC", "North Carolina"), Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"),
      Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"),
      Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"),
      Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"),
      Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"),
      Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"), Map.entry("DC", "District of Columbia"));

  /** Continents and world regions news names, which the gazetteer (places, divisions, countries) lacks. */
  record Region(String name, double lat, double lon) {}

  /** Coordinates are the usual GeoNames points of these regions. */
  static final Map<String, Region> REGIONS = Map.ofEntries(
      Map.entry("africa", new Region("Africa", 7.19, 21.09)),
      Map.entry("asia", new Region("Asia", 29.84, 89.30)),
      Map.entry("europe", new Region("Europe", 48.69, 9.14)),
      Map.entry("americas", new Region("Americas", 19.0, -90.0)),
      Map.entry("northamerica", new Region("North America", 46.07, -100.55)),
      Map.entry("southamerica", new Region("South America", -14.60, -57.66)),
      Map.entry("latinamerica", new Region("Latin America", -14.60, -57.66)),
      Map.entry("centralamerica", new Region("Central America", 12.77, -85.60)),
      Map.entry("oceania", new Region("Oceania", -18.31, 138.52)),
      Map.entry("antarctica", new Region("Antarctica", -78.16, 16.41)),
      Map.entry("middleeast", new Region("Middle East", 33.14, 35.86)),
      Map.entry("mideast", new Region("Middle East", 33.14, 35.86)),
      Map.entry("caribbean", new Region("Caribbean", 14.53, -75.82)),
      Map.entry("southeastasia", new Region("Southeast Asia", 6.0, 110.0)),
      Map.entry("eastasia", new Region("East Asia", 35.0, 115.0)),
      Map.entry("southasia", new Region("South Asia", 22.0, 80.0)),
      Map.entry("centralasia", new Region("Central Asia", 43.0, 65.0)),
      Map.entry("westafrica", new Region("West Africa", 13.0, -2.0)),
      Map.entry("eastafrica", new Region("East Africa", 1.0, 38.0)),
      Map.entry("northafrica", new Region("North Africa", 27.0, 14.0)),
      Map.entry("southernafrica", new Region("Southern Africa", -25.0, 25.0)),
      Map.entry("subsaharanafrica", new Region("Sub-Saharan Africa", 2.0, 20.0)),
      Map.entry("hornofafrica", new Region("Horn of Africa", 8.0, 45.0)),
      Map.entry("sahel", new Region("Sahel", 15.0, 5.0)),
      Map.entry("balkans", new Region("Balkans", 43.0, 21.0)),
      Map.entry("caucasus", new Region("Caucasus", 42.25, 44.12)),
      Map.entry("scandinavia", new Region("Scandinavia", 63.0, 14.0)),
      Map.entry("westerneurope", new Region("Western Europe", 48.0, 5.0)),
      Map.entry("easterneurope", new Region("Eastern Europe", 50.0, 30.0)),
      Map.entry("midwest", new Region("Midwest", 41.0, -90.0)),
      Map.entry("newengland", new Region("New England", 43.5, -71.5)),
      Map.entry("pacific", new Region("Pacific Ocean", 0.0, -160.0)),
      Map.entry("atlantic", new Region("Atlantic Ocean", 10.0, -25.0)),
      Map.entry("mediterranean", new Region("Mediterranean Sea", 35.0, 18.0)),
      Map.entry("arctic", new Region("Arctic", 80.0, 0.0)));

  private static final java.util.regex.Pattern AFFIX = java.util.regex.Pattern.compile(
      "(?i)[\\s\\-]+(state|province|region|governorate|department|district|county|parish|oblast|prefecture|krai)$");

  /** A division's name without its trailing administrative word: "Borno State" → "Borno". */
  static String stripAffix(String name) {
    String t = AFFIX.matcher(name).replaceFirst("");
    return t.isBlank() ? name : t;
  }
}
