/**
 * Countries the demo leads come from, with the names, company names and
 * mail providers people there use. Every company and institution is
 * invented, and their domains end in the reserved `.example`.
 */

// A name in its own script and in Latin letters, for the email address.
export type ScriptName = readonly [native: string, latin: string];

export type PersonNames =
  | { script: "latin"; givenNames: readonly string[]; familyNames: readonly string[] }
  // Family name comes first in the native script, with `separator` between family and given name.
  | { script: "cjk"; separator: string; givenNames: readonly ScriptName[]; familyNames: readonly ScriptName[] };

export type CompanyNames = {
  // Place or family names a company is named after. `stemFirst` puts them before the descriptor.
  stems: readonly string[];
  descriptors: readonly string[];
  legalForms: readonly string[];
  stemFirst: boolean;
};

/** Companies named in a CJK script, with the Latin brand used in their domain. */
export type CjkCompanyNames = {
  brands: readonly ScriptName[];
  // [native type, English type], as in ["樹脂工業", "Jushi Kogyo"].
  kinds: readonly ScriptName[];
  formatNative: (brand: string, kind: string) => string;
  formatLatin: (brand: string, kind: string) => string;
  // Share of people who type the native name rather than the English one.
  nativeShare: number;
};

export type CountryProfile = {
  code: string;
  // Relative share of demo leads.
  weight: number;
  // Hours ahead of UTC in standard time. Arrival hours are drawn in local time and shifted by this.
  utcOffset: number;
  people: PersonNames;
  // Share of people who give a CJK name in Latin letters.
  latinNameShare?: number;
  companies: CompanyNames | CjkCompanyNames;
  freeMail: readonly string[];
};

const GERMAN_PEOPLE: PersonNames = {
  script: "latin",
  givenNames: ["Jürgen", "Anna", "Lukas", "Sophie", "Matthias", "Katrin", "Jörg", "Sabine", "Felix", "Lena", "Stefan", "Birgit", "Tobias", "Julia", "Andreas", "Claudia", "Maximilian", "Hannah", "Björn", "Ute"],
  familyNames: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Koch", "Hoffmann", "Groß", "Krüger", "Schröder", "Neumann", "Zimmermann", "Köhler", "Brandt", "Vogel", "Lehmann"],
};

const GERMAN_DESCRIPTORS = ["Kunststofftechnik", "Kunststoffwerk", "Spritzguss", "Verpackungen", "Formteile", "Compounds", "Polymertechnik"];

const ENGLISH_PEOPLE: PersonNames = {
  script: "latin",
  givenNames: ["Emily", "Michael", "Jessica", "Chris", "Ashley", "David", "Sarah", "James", "Megan", "Robert", "Jennifer", "Brian", "Lauren", "Kevin", "Rachel", "Daniel", "Amanda", "Tyler", "Nicole", "Jason"],
  familyNames: ["Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Nguyen", "Garcia", "Patel", "O'Brien"],
};

const ENGLISH_DESCRIPTORS = ["Plastics", "Molding", "Packaging", "Polymer Solutions", "Extrusions", "Precision Parts", "Compounding"];

const SPANISH_DESCRIPTORS = ["Plásticos", "Envases", "Inyección", "Polímeros"];

export const COUNTRY_PROFILES: readonly CountryProfile[] = [
  {
    code: "DE",
    weight: 17,
    utcOffset: 1,
    people: GERMAN_PEOPLE,
    companies: { stems: ["Rheintal", "Allgäu", "Schwarzwald", "Weser", "Isartal", "Taunus", "Erzgebirge", "Müller", "Becker", "Hoffmann", "Krüger", "Vogel"], descriptors: GERMAN_DESCRIPTORS, legalForms: ["GmbH", "GmbH", "GmbH & Co. KG", "AG"], stemFirst: true },
    freeMail: ["gmx.de", "web.de", "t-online.de", "gmail.com"],
  },
  {
    code: "US",
    weight: 13,
    utcOffset: -6,
    people: ENGLISH_PEOPLE,
    companies: { stems: ["Great Lakes", "Lone Star", "Bluegrass", "Cascade", "Midwest", "Piedmont", "Keystone", "Anderson", "Miller", "Harris"], descriptors: ENGLISH_DESCRIPTORS, legalForms: ["Inc.", "LLC", "Corp."], stemFirst: true },
    freeMail: ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"],
  },
  {
    code: "CN",
    weight: 9,
    utcOffset: 8,
    people: {
      script: "cjk",
      separator: "",
      familyNames: [["王", "Wang"], ["李", "Li"], ["张", "Zhang"], ["刘", "Liu"], ["陈", "Chen"], ["杨", "Yang"], ["赵", "Zhao"], ["黄", "Huang"], ["周", "Zhou"], ["吴", "Wu"], ["徐", "Xu"], ["孙", "Sun"]],
      givenNames: [["伟", "Wei"], ["娜", "Na"], ["敏", "Min"], ["洋", "Yang"], ["静", "Jing"], ["磊", "Lei"], ["丽", "Li"], ["强", "Qiang"], ["婷", "Ting"], ["浩然", "Haoran"], ["雪梅", "Xuemei"], ["志强", "Zhiqiang"], ["晓东", "Xiaodong"], ["欣怡", "Xinyi"]],
    },
    latinNameShare: 0.4,
    companies: {
      brands: [["华塑", "Huasu"], ["金达", "Jinda"], ["恒信", "Hengxin"], ["永泰", "Yongtai"], ["中科", "Zhongke"], ["宏远", "Hongyuan"], ["鑫源", "Xinyuan"], ["东方", "Dongfang"]],
      kinds: [["塑料制品", "Plastic Products"], ["新材料", "New Materials"], ["包装", "Packaging"], ["精密注塑", "Precision Molding"]],
      formatNative: (brand, kind) => `${brand}${kind}有限公司`,
      formatLatin: (brand, kind) => `${brand} ${kind} Co., Ltd.`,
      nativeShare: 0.35,
    },
    freeMail: ["qq.com", "163.com", "126.com"],
  },
  {
    code: "FR",
    weight: 7,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Élodie", "François", "Amélie", "Jérôme", "Céline", "Hélène", "Stéphane", "Anaïs", "Théo", "Chloé", "Mathieu", "Camille", "Sébastien", "Léa", "Nicolas", "Aurélie", "Benoît", "Inès"],
      familyNames: ["Dubois", "Lefèvre", "Moreau", "Girard", "Laurent", "Rousseau", "Fournier", "Mercier", "Bonnet", "Lambert", "Fontaine", "Chevalier", "Rémy", "Gauthier", "Perrin", "Leclerc"],
    },
    companies: { stems: ["du Rhône", "de l'Ain", "du Jura", "de Loire", "des Vosges", "Moreau", "Girard", "Fontaine"], descriptors: ["Plastiques", "Plasturgie", "Emballages", "Injection", "Polymères"], legalForms: ["SAS", "SA", "SARL"], stemFirst: false },
    freeMail: ["orange.fr", "free.fr", "gmail.com", "hotmail.fr"],
  },
  {
    code: "IT",
    weight: 7,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Giulia", "Marco", "Alessandro", "Francesca", "Lorenzo", "Chiara", "Niccolò", "Federica", "Matteo", "Elena", "Andrea", "Sara", "Davide", "Martina", "Luca"],
      familyNames: ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Mancini", "De Luca", "Romano", "Gallo", "Conti", "Bruno", "Fontana", "Moretti", "Barbieri", "Lombardi"],
    },
    companies: { stems: ["Brianza", "Veneta", "Emiliana", "Lombarda", "Colombo", "Ricci", "Moretti"], descriptors: ["Plastica", "Stampaggio", "Imballaggi", "Polimeri", "Tecnopolimeri"], legalForms: ["S.p.A.", "S.r.l.", "S.r.l."], stemFirst: false },
    freeMail: ["libero.it", "gmail.com"],
  },
  {
    code: "JP",
    weight: 6,
    utcOffset: 9,
    people: {
      script: "cjk",
      separator: " ",
      familyNames: [["佐藤", "Sato"], ["鈴木", "Suzuki"], ["高橋", "Takahashi"], ["田中", "Tanaka"], ["渡辺", "Watanabe"], ["伊藤", "Ito"], ["山本", "Yamamoto"], ["中村", "Nakamura"], ["小林", "Kobayashi"], ["加藤", "Kato"]],
      givenNames: [["健", "Ken"], ["美咲", "Misaki"], ["翔", "Sho"], ["陽子", "Yoko"], ["大輔", "Daisuke"], ["直樹", "Naoki"], ["由美", "Yumi"], ["拓也", "Takuya"], ["恵", "Megumi"], ["誠", "Makoto"]],
    },
    latinNameShare: 0.45,
    companies: {
      brands: [["山田", "Yamada"], ["三和", "Sanwa"], ["大和", "Daiwa"], ["東洋", "Toyo"], ["日進", "Nisshin"], ["北陸", "Hokuriku"], ["光", "Hikari"]],
      kinds: [["樹脂工業", "Jushi Kogyo"], ["化成", "Kasei"], ["プラスチック", "Plastics"], ["精工", "Seiko"]],
      formatNative: (brand, kind) => `株式会社${brand}${kind}`,
      formatLatin: (brand, kind) => `${brand} ${kind} Co., Ltd.`,
      nativeShare: 0.5,
    },
    freeMail: ["yahoo.co.jp", "gmail.com"],
  },
  {
    code: "IN",
    weight: 6,
    utcOffset: 5.5,
    people: {
      script: "latin",
      givenNames: ["Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rohan", "Deepika", "Amit", "Pooja", "Sanjay", "Meera", "Karthik"],
      familyNames: ["Sharma", "Gupta", "Iyer", "Reddy", "Patel", "Nair", "Singh", "Kumar", "Mehta", "Desai", "Rao", "Joshi", "Chatterjee", "Menon"],
    },
    companies: { stems: ["Shree Ganesh", "Sai", "Deccan", "Coromandel", "Gujarat", "Mehta", "Reddy"], descriptors: ["Polymers", "Plastics", "Packaging Industries", "Moulders", "Polytech"], legalForms: ["Pvt. Ltd.", "Pvt. Ltd.", "Ltd."], stemFirst: true },
    freeMail: ["gmail.com", "rediffmail.com", "yahoo.in"],
  },
  {
    code: "GB",
    weight: 5,
    utcOffset: 0,
    people: {
      script: "latin",
      givenNames: ["Oliver", "Charlotte", "Harry", "Amelia", "George", "Sophie", "Jack", "Emily", "William", "Chloe", "James", "Siobhan", "Rhys", "Niamh", "Callum"],
      familyNames: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "O'Connor", "Davies", "Campbell"],
    },
    companies: { stems: ["Pennine", "Severn", "Thames Valley", "Midlands", "Clyde", "Hughes", "Walker"], descriptors: ENGLISH_DESCRIPTORS, legalForms: ["Ltd", "Ltd", "plc"], stemFirst: true },
    freeMail: ["gmail.com", "hotmail.co.uk", "btinternet.com"],
  },
  {
    code: "BR",
    weight: 5,
    utcOffset: -3,
    people: {
      script: "latin",
      givenNames: ["João", "Ana", "Lucas", "Mariana", "Gabriel", "Luíza", "Rafael", "Beatriz", "Thiago", "Camila", "Felipe", "Letícia", "André", "Juliana"],
      familyNames: ["Silva", "Souza", "Pereira", "Conceição", "Araújo", "Oliveira", "Santos", "Rodrigues", "Ferreira", "Almeida", "Gonçalves", "Ribeiro", "Carvalho", "Lima"],
    },
    companies: { stems: ["Paulista", "do Vale", "Gaúcha", "Mineira", "Almeida", "Ribeiro"], descriptors: ["Plásticos", "Embalagens", "Injeção", "Polímeros"], legalForms: ["Ltda.", "Ltda.", "S.A."], stemFirst: false },
    freeMail: ["gmail.com", "uol.com.br", "bol.com.br"],
  },
  {
    code: "MX",
    weight: 4,
    utcOffset: -6,
    people: {
      script: "latin",
      givenNames: ["José", "María", "Sofía", "Andrés", "Ximena", "Luis", "Fernanda", "Alejandro", "Daniela", "Jorge", "Valeria", "Ramón"],
      familyNames: ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Rodríguez", "Sánchez", "Cruz", "Morales", "Vázquez"],
    },
    companies: { stems: ["del Bajío", "de Jalisco", "del Norte", "de Occidente", "Morales", "Vázquez"], descriptors: SPANISH_DESCRIPTORS, legalForms: ["S.A. de C.V."], stemFirst: false },
    freeMail: ["gmail.com", "yahoo.com.mx", "hotmail.com"],
  },
  {
    code: "ES",
    weight: 3,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Lucía", "Álvaro", "Javier", "María", "Sergio", "Carmen", "Pablo", "Marta", "Íñigo", "Nuria"],
      familyNames: ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Jiménez", "Ruiz", "Muñoz"],
    },
    companies: { stems: ["del Ebro", "de Levante", "del Vallès", "de Navarra", "Jiménez", "Muñoz"], descriptors: SPANISH_DESCRIPTORS, legalForms: ["S.A.", "S.L.", "S.L."], stemFirst: false },
    freeMail: ["gmail.com", "hotmail.com"],
  },
  {
    code: "PL",
    weight: 3,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Łukasz", "Agnieszka", "Piotr", "Katarzyna", "Michał", "Magdalena", "Paweł", "Małgorzata", "Tomasz", "Zofia"],
      familyNames: ["Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Zając", "Król", "Wróbel", "Dudek"],
    },
    companies: { stems: ["Wielkopolska", "Mazowsze", "Śląsk", "Pomorze", "Mazur", "Dudek"], descriptors: ["Tworzywa", "Opakowania", "Plast"], legalForms: ["Sp. z o.o.", "Sp. z o.o.", "S.A."], stemFirst: true },
    freeMail: ["wp.pl", "onet.pl", "gmail.com"],
  },
  {
    code: "KR",
    weight: 2,
    utcOffset: 9,
    people: {
      script: "cjk",
      separator: "",
      familyNames: [["김", "Kim"], ["이", "Lee"], ["박", "Park"], ["최", "Choi"], ["정", "Jung"], ["강", "Kang"]],
      givenNames: [["민준", "Minjun"], ["서연", "Seoyeon"], ["지훈", "Jihoon"], ["수빈", "Subin"], ["현우", "Hyunwoo"], ["지민", "Jimin"]],
    },
    latinNameShare: 0.5,
    companies: { stems: ["Hanbit", "Daeyang", "Seowon", "Mirae", "Jinsung"], descriptors: ["Chemical", "Plastics", "Precision", "Polytech"], legalForms: ["Co., Ltd."], stemFirst: true },
    freeMail: ["naver.com", "gmail.com"],
  },
  {
    code: "NL",
    weight: 2,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Joost", "Anouk", "Ruben", "Eva"],
      familyNames: ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"],
    },
    companies: { stems: ["Brabant", "Twente", "Limburg", "Zeeland", "Bakker", "Visser"], descriptors: ["Kunststoffen", "Verpakkingen", "Spuitgiet"], legalForms: ["B.V."], stemFirst: true },
    freeMail: ["gmail.com", "kpnmail.nl", "hotmail.nl"],
  },
  {
    code: "TR",
    weight: 2,
    utcOffset: 3,
    people: {
      script: "latin",
      givenNames: ["Emre", "Ayşe", "Mehmet", "Zeynep", "Burak", "Elif", "Can", "Gökhan", "Şule", "Oğuz"],
      familyNames: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"],
    },
    companies: { stems: ["Anadolu", "Ege", "Marmara", "Bursa", "Öztürk", "Yıldız"], descriptors: ["Plastik", "Ambalaj", "Polimer"], legalForms: ["A.Ş.", "Ltd. Şti."], stemFirst: true },
    freeMail: ["gmail.com", "hotmail.com", "yandex.com"],
  },
  {
    code: "AT",
    weight: 2,
    utcOffset: 1,
    people: GERMAN_PEOPLE,
    companies: { stems: ["Tirol", "Steiermark", "Wachau", "Donau", "Gruber", "Huber"], descriptors: GERMAN_DESCRIPTORS, legalForms: ["GmbH"], stemFirst: true },
    freeMail: ["gmx.at", "gmail.com"],
  },
  {
    code: "CH",
    weight: 2,
    utcOffset: 1,
    people: GERMAN_PEOPLE,
    companies: { stems: ["Aargau", "Thurgau", "Zürichsee", "Emmental", "Brunner", "Gerber"], descriptors: GERMAN_DESCRIPTORS, legalForms: ["AG", "GmbH"], stemFirst: true },
    freeMail: ["bluewin.ch", "gmail.com"],
  },
  {
    code: "CA",
    weight: 2,
    utcOffset: -5,
    people: ENGLISH_PEOPLE,
    companies: { stems: ["Maple Leaf", "Laurentian", "Prairie", "Niagara", "Thompson"], descriptors: ENGLISH_DESCRIPTORS, legalForms: ["Inc.", "Ltd."], stemFirst: true },
    freeMail: ["gmail.com", "outlook.com", "yahoo.ca"],
  },
  {
    code: "SE",
    weight: 1.5,
    utcOffset: 1,
    people: {
      script: "latin",
      givenNames: ["Åsa", "Björn", "Erik", "Ingrid", "Lars", "Karin", "Johan", "Maja", "Anders", "Linnéa"],
      familyNames: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson"],
    },
    companies: { stems: ["Norrland", "Småland", "Göta", "Svensson", "Nilsson"], descriptors: ["Plast", "Förpackningar", "Polymer"], legalForms: ["AB"], stemFirst: true },
    freeMail: ["gmail.com", "outlook.com"],
  },
];

/** Invented universities and institutes, whose domains classify as academic (`.ac.` or `.edu.` second level). */
export const ACADEMIC_INSTITUTIONS: readonly { country: string; name: string; domain: string }[] = [
  { country: "DE", name: "Hochschule Rheintal", domain: "hs-rheintal.ac.example" },
  { country: "DE", name: "Technische Universität Weserbergland", domain: "tu-weserbergland.ac.example" },
  { country: "US", name: "Lakeshore State University", domain: "lakeshore-state.edu.example" },
  { country: "US", name: "Piedmont Institute of Technology", domain: "piedmont-tech.edu.example" },
  { country: "FR", name: "Institut Polytechnique du Jura", domain: "ipjura.ac.example" },
  { country: "IT", name: "Politecnico della Brianza", domain: "polibrianza.ac.example" },
  { country: "CN", name: "华东高分子大学", domain: "ecpu.edu.example" },
  { country: "JP", name: "関東工業大学", domain: "kanto-tech.ac.example" },
  { country: "IN", name: "Deccan Institute of Polymer Technology", domain: "dipt.ac.example" },
  { country: "BR", name: "Universidade Federal do Vale", domain: "ufvale.edu.example" },
  { country: "GB", name: "University of Northfield", domain: "northfield.ac.example" },
];

export const JOB_ROLES = {
  work: ["Purchasing manager", "Strategic buyer", "Application engineer", "R&D engineer", "Materials engineer", "Product designer", "Plant manager", "Process engineer", "Quality manager", "Managing director", "Project engineer", "Technical director"],
  free: ["Consultant", "Product designer", "Owner", "Process engineer", "Buyer"],
  academic: ["PhD student", "Master's student", "Research associate", "Professor"],
  competitor: ["Market analyst", "Product manager", "Application engineer", "Business development manager"],
} as const;
