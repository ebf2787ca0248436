//! A deterministic generator of realistic documents, for benchmarks and recall tests.
//!
//! It writes what real files hold — a header with the document's own number, a `Căn cứ`
//! preamble, prose with lookalikes that are not references (`Nội dung số 1`,
//! `giai đoạn 2021-2025`, `Mẫu số 01/TCD`), and references of every family and form
//! (with and without `số`, odd case, spaced dashes, every date form, lists, laws by name),
//! many of them to other generated documents and some to documents that do not exist —
//! and a gold list of every reference it planted, with its line.

use std::fmt::Write as _;

/// SplitMix64: tiny, fast and fully determined by the seed, which is all a corpus needs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// One planted reference: where it is and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planted {
    pub file: String,
    pub line: usize,
    pub kind: &'static str,
    pub number: String,
    pub symbol: String,
    pub date: String,
}

/// A generated document and its gold references.
pub struct Generated {
    pub name: String,
    pub text: String,
    pub planted: Vec<Planted>,
}

const PROSE: &[&str] = &[
    "Ban Dân tộc tỉnh đã phối hợp với các sở, ban, ngành và địa phương triển khai thực hiện các chính sách dân tộc trên địa bàn.",
    "Công tác tuyên truyền, phổ biến pháp luật cho đồng bào dân tộc thiểu số được quan tâm thực hiện thường xuyên.",
    "Trong kỳ, đã tổ chức 12 lớp tập huấn cho 850 lượt người có uy tín, đạt 105% kế hoạch năm.",
    "Thực hiện Nội dung số 1: Biểu dương, tôn vinh điển hình tiên tiến thuộc Tiểu dự án 1 của Dự án 10.",
    "Chương trình mục tiêu quốc gia giai đoạn 2021-2025 và Chương trình 135 tiếp tục được lồng ghép nguồn lực.",
    "Các đơn vị lập báo cáo theo Mẫu số 01/TCD và Phụ lục số 03-MP gửi về trước ngày 15/12 hằng năm.",
    "Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm 3,5%/năm; thu nhập bình quân đạt 42 triệu đồng/người/năm.",
    "Đại hội lần thứ II/2020 đã thống nhất phương hướng, nhiệm vụ của nhiệm kỳ mới.",
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn vốn hợp pháp khác theo quy định.",
    "Hồ sơ lưu tại <Hòa/2021/TB01> và được cập nhật trên hệ thống quản lý văn bản điện tử.",
];

/// The 63 provinces and cities of 2023, the year the generated plans are dated: each numbers
/// its own plans, so a corpus of many files has many `01/KH-UBND` of 2023.
const PLACES: &[&str] = &[
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bạc Liêu",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Định",
    "Bình Dương",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cần Thơ",
    "Cao Bằng",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Tiền Giang",
    "Hồ Chí Minh",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
];
const CUES: &[&str] =
    &["Thực hiện", "Căn cứ", "Triển khai thực hiện", "Theo đề nghị của Sở Nội vụ tại", "Theo tinh thần"];

/// A document that other documents can cite.
#[derive(Clone)]
struct Target {
    kind: &'static str,
    number: u32,
    year: u16,
    /// Codes, as normalized in the output (`KH-UBND`, `NQ/TW`, `NĐ-CP`).
    symbol: &'static str,
    family: u8, // 0 administrative, 1 normative, 2 party
    day: u8,
    month: u8,
}

const CENTRAL: &[(&str, &str, u8)] = &[
    ("Nghị quyết", "NQ/TW", 2),
    ("Kết luận", "KL/TW", 2),
    ("Chỉ thị", "CT/TW", 2),
    ("Nghị quyết", "NQ-CP", 0),
    ("Quyết định", "QĐ-TTg", 0),
    ("Chỉ thị", "CT-TTg", 0),
    ("Nghị định", "NĐ-CP", 1),
    ("Quyết định", "QĐ-TTg", 1),
    ("Thông tư", "TT-BTC", 1),
    ("Nghị quyết", "QH15", 1),
    ("Nghị quyết", "NQ-HĐND", 1),
    ("Kế hoạch", "KH-UBND", 0),
    ("Công văn", "UBND-KGVX", 0),
    ("Thông báo", "TB/TU", 2),
    ("Quyết định", "QĐ-UBND", 0),
];

fn target(rng: &mut Rng) -> Target {
    let (kind, symbol, family) = *rng.pick(CENTRAL);
    Target {
        kind,
        number: 1 + rng.below(if family == 2 { 99 } else { 2999 }) as u32,
        year: 2010 + rng.below(15) as u16,
        symbol,
        family,
        day: 1 + rng.below(28) as u8,
        month: 1 + rng.below(12) as u8,
    }
}

/// The symbol as written, with the variants real texts have: spaced or other dashes.
fn write_symbol(rng: &mut Rng, t: &Target, out: &mut String) {
    let number = if t.number < 10 && rng.chance(60) { format!("0{}", t.number) } else { t.number.to_string() };
    let dash = *rng.pick(&["-", "-", "-", "–", " – ", "- "]);
    let sym = t.symbol.replacen('-', dash, 1);
    match t.family {
        2 => {
            let sep = if rng.chance(80) { "-" } else { " – " };
            let _ = write!(out, "{number}{sep}{sym}");
        }
        1 => {
            let _ = write!(out, "{number}/{}/{sym}", t.year);
        }
        _ => {
            let _ = write!(out, "{number}/{sym}");
        }
    }
}

fn write_date(rng: &mut Rng, t: &Target, out: &mut String) {
    let (d, m, y) = (t.day, t.month, t.year);
    match rng.below(5) {
        0 => write!(out, "ngày {d:02}/{m:02}/{y}"),
        1 => write!(out, "ngày {d}/{m}/{y}"),
        2 => write!(out, "ngày {d:02} tháng {m:02} năm {y}"),
        3 => write!(out, "ngày {d}-{m}-{y}"),
        _ => write!(out, "ngày {d:02}.{m:02}.{y}"),
    }
    .expect("write to string");
}

/// Writes one reference and records it in the gold list.
fn write_reference(rng: &mut Rng, t: &Target, file: &str, line: usize, out: &mut String, gold: &mut Vec<Planted>) {
    let word = match rng.below(10) {
        0 => t.kind.to_lowercase(),
        1 => t.kind.to_uppercase(),
        _ => t.kind.to_string(),
    };
    let so = if rng.chance(80) { " số " } else { " " };
    let _ = write!(out, "{word}{so}");
    write_symbol(rng, t, out);
    let dated = rng.chance(70);
    if dated {
        out.push_str(if rng.chance(25) { ", " } else { " " });
        write_date(rng, t, out);
    }
    gold.push(Planted {
        file: file.to_string(),
        line,
        kind: t.kind,
        number: if t.number < 10 { format!("0{}", t.number) } else { t.number.to_string() },
        symbol: t.symbol.to_string(),
        date: if dated { format!("{:04}-{:02}-{:02}", t.year, t.month, t.day) } else { String::new() },
    });
}

/// Generates document `index` of a corpus with `seed`; `pool` holds the documents it may cite.
fn generate_one(rng: &mut Rng, index: usize, pool: &[Target], target_bytes: usize) -> Generated {
    let name = format!("doc_{index:07}.txt");
    let mut text = String::with_capacity(target_bytes + 1024);
    let mut planted = Vec::new();
    let mut line = 1;
    // Each province's plans numbered in turn: no two files hold one province's plan.
    let place = PLACES[index % PLACES.len()];
    let own = Target {
        kind: "Kế hoạch",
        number: 1 + (index / PLACES.len()) as u32,
        year: 2023,
        symbol: "KH-UBND",
        family: 0,
        day: 5,
        month: 6,
    };
    let (unit, seat) = match place {
        "Hà Nội" | "Hồ Chí Minh" | "Hải Phòng" | "Đà Nẵng" | "Cần Thơ" => {
            ("THÀNH PHỐ", format!("Thành phố {place}"))
        }
        _ => ("TỈNH", place.to_string()),
    };
    let _ = write!(
        text,
        "ỦY BAN NHÂN DÂN\n{unit} {}\nSố: {}/KH-UBND\n{seat}, ngày 05 tháng 6 năm 2023\n\nKẾ HOẠCH\n\nTriển khai thực hiện công tác dân tộc năm 2023\n\n",
        place.to_uppercase(),
        own.number
    );
    line += 9;
    // Preamble: laws by name and numbered bases.
    text.push_str("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n");
    planted.push(Planted {
        file: name.clone(),
        line,
        kind: "Luật",
        number: String::new(),
        symbol: String::new(),
        date: "2015-06-19".into(),
    });
    line += 1;
    for _ in 0..2 {
        text.push_str("Căn cứ ");
        let t = pool[rng.below(pool.len())].clone();
        write_reference(rng, &t, &name, line, &mut text, &mut planted);
        text.push_str(";\n");
        line += 1;
    }
    text.push('\n');
    line += 1;
    while text.len() < target_bytes {
        let mut paragraph = String::new();
        // About one reference a kilobyte, as in the real central documents.
        for _ in 0..3 + rng.below(6) {
            let prose: &&str = rng.pick(PROSE);
            paragraph.push_str(prose);
            paragraph.push(' ');
        }
        if rng.chance(70) {
            let cue: &&str = rng.pick(CUES);
            paragraph.push_str(cue);
            paragraph.push(' ');
            let t = if rng.chance(10) { target(rng) } else { pool[rng.below(pool.len())].clone() };
            write_reference(rng, &t, &name, line, &mut paragraph, &mut planted);
            if rng.chance(30) && t.family == 1 {
                // A list sharing one type word.
                let mut second = t.clone();
                second.number += 1;
                paragraph.push_str(" và ");
                write_symbol(rng, &second, &mut paragraph);
                planted.push(Planted {
                    file: name.clone(),
                    line,
                    kind: second.kind,
                    number: if second.number < 10 { format!("0{}", second.number) } else { second.number.to_string() },
                    symbol: second.symbol.to_string(),
                    date: String::new(),
                });
            }
            paragraph.push_str(" của cơ quan có thẩm quyền về triển khai nhiệm vụ trọng tâm.");
        }
        paragraph.push_str("\n\n");
        line += 2;
        text.push_str(&paragraph);
    }
    Generated { name, text, planted }
}

/// The documents any generated file may cite: a fixed pool per seed, so that many files
/// cite the same documents, as real corpora do.
fn pool(seed: u64) -> Vec<Target> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    (0..400).map(|_| target(&mut rng)).collect()
}

/// Generates `docs` documents of about `bytes_per_doc` bytes each, calling `sink` for each.
pub fn generate(docs: usize, seed: u64, bytes_per_doc: usize, mut sink: impl FnMut(Generated)) {
    let pool = pool(seed);
    for i in 0..docs {
        let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(i as u64));
        sink(generate_one(&mut rng, i, &pool, bytes_per_doc));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        generate(3, 7, 2000, |g| a.push(g.text));
        generate(3, 7, 2000, |g| b.push(g.text));
        assert_eq!(a, b);
        let mut c = Vec::new();
        generate(3, 8, 2000, |g| c.push(g.text));
        assert_ne!(a, c);
    }
}
