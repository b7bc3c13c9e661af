//! Writes the sample workshops in `sample-data/`: the Slovenian innovation
//! project, the Russian quality-monitoring table, and the large stress workshop.
//! Deterministic: run `cargo run --example gen_samples` to regenerate.

use chrono::{NaiveDate, NaiveDateTime};
use premisli::domain::cycles::{DataSource, SourceKind};
use premisli::domain::indicators::{
    Direction, Group, MonitoringPlan, PeriodDef, Responsible, Unit,
};
use premisli::domain::*;

mod sample_ru;
mod sample_sl;

/// A small deterministic generator (xorshift), so samples do not change between runs.
pub struct Rng(u64);

impl Rng {
    pub fn step(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.step() % n.max(1)
    }
    /// A value around `mid`, spread `spread`, rounded to one decimal.
    pub fn around(&mut self, mid: f64, spread: f64) -> f64 {
        let r = (self.below(2001) as f64 / 1000.0) - 1.0;
        ((mid + r * spread) * 10.0).round() / 10.0
    }
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

pub fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).expect("valid time")
}

/// Ids handed out in order.
pub struct Ids(u32);

impl Ids {
    pub fn take(&mut self) -> Id {
        self.0 += 1;
        Id(self.0)
    }
}

fn write(name: &str, comment: &str, w: &Workshop) {
    assert!(w.validate().is_empty(), "{name}: {:?}", w.validate());
    let text = premisli::store::to_text(w).expect("serializes");
    let body = text.split_once('\n').map_or(text.as_str(), |(_, b)| b);
    let out = format!("{comment}{body}");
    let path = format!("{}/sample-data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::write(&path, out).expect("write sample");
    println!("wrote {path}");
}

fn large() -> Workshop {
    let mut rng = Rng(0x5eed_1a26);
    let mut ids = Ids(0);
    let mut w = Workshop::new(
        "Velika delavnica / Большой семинар (stress test)",
        Language::Sl,
    );
    w.project.institution = "OŠ Primer / Школа Пример".into();
    w.project.school_year = "2025/26".into();
    w.project.goal = "Preizkus zmogljivosti z veliko podatki.".into();
    w.project.research_question = "Ali aplikacija ostane hitra?".into();
    let first = [
        "Ana",
        "Bor",
        "Cvetka",
        "Dušan",
        "Eva",
        "Franc",
        "Алексей",
        "Мария",
        "Ольга",
        "Пётр",
    ];
    let last = [
        "Novak",
        "Horvat",
        "Kranjc",
        "Zupančič",
        "Иванов",
        "Смирнова",
    ];
    for i in 0..60 {
        let name = format!(
            "{} {} {}",
            first[i % first.len()],
            last[(i / 3) % last.len()],
            i + 1
        );
        let mut m = Member::new(ids.take(), &name, Role::ALL[i % Role::ALL.len()]);
        m.personal_goal = format!(
            "Osebni cilj št. {}: bolje razumeti svoje učence in sodelavce. / Личная цель.",
            i + 1
        );
        w.team.push(m);
    }
    let sl = "Učenci pri skupinskem delu pogosto čakajo na navodila učitelja, namesto da bi sami poiskali vire; želimo več samostojnosti, zaupanja in odgovornosti za skupni rezultat ";
    let ru = "Учащиеся при групповой работе часто ждут указаний учителя, вместо того чтобы самим искать источники; мы хотим больше самостоятельности и ответственности ";
    for i in 0..600 {
        let base = if i % 2 == 0 { sl } else { ru };
        let text: String = format!("{} {}", i + 1, base).chars().take(200).collect();
        w.diagnosis.items.push(DiagnosisItem {
            id: ids.take(),
            category: Category::ALL[i % 5],
            text,
            author: if i % 7 == 0 {
                Author::Group
            } else {
                Author::Member(w.team[i % 60].id)
            },
            cluster: None,
            private: false,
        });
    }
    for (i, m) in w.team.iter().enumerate() {
        for k in 0..3 {
            let target = w.diagnosis.items[(i * 7 + k * 13) % 600].id;
            w.diagnosis.votes.push(Vote {
                voter: m.id,
                target,
            });
        }
    }
    for i in 0..12 {
        let y = 2025 + (i / 3) as i32;
        let (s, e) = [
            (d(y, 9, 1), d(y, 11, 30)),
            (d(y, 12, 1), d(y + 1, 2, 28)),
            (d(y + 1, 3, 1), d(y + 1, 6, 20)),
        ][i % 3];
        let mut c = Cycle::new(ids.take(), &format!("K{}", i + 1), s, e).expect("cycle");
        c.tier = [GoalTier::First, GoalTier::Intermediate, GoalTier::Desired][i % 3];
        c.goal = format!("Cilj kroga {}", i + 1);
        if i < 8 {
            for p in Phase::ALL {
                c.phase_mut(p).status = PhaseStatus::Done;
            }
        }
        c.data_sources = vec![
            DataSource {
                kind: SourceKind::Observation,
                description: "opazovanje".into(),
                perspective: None,
            },
            DataSource {
                kind: SourceKind::Questionnaire,
                description: "vprašalnik".into(),
                perspective: None,
            },
            DataSource {
                kind: SourceKind::Interview,
                description: "intervju".into(),
                perspective: None,
            },
        ];
        c.findings = "Ugotovitve kroga.".into();
        w.cycles.push(c);
    }
    for g in 0..6 {
        w.monitoring.groups.push(Group {
            id: ids.take(),
            name: format!("{}.{}", 5 + g / 2, if g % 2 == 0 { 'a' } else { 'b' }),
            teacher: None,
            scope: None,
        });
    }
    for p in 0..20 {
        w.monitoring.periods.push(PeriodDef {
            id: ids.take(),
            label: format!("{}. obdobje", p % 4 + 1),
            school_year: format!("{}/{}", 2021 + p / 4, 22 + p / 4),
            kind: None,
        });
    }
    for c in 0..8 {
        let crit_id = ids.take();
        let mut indicators = Vec::new();
        for k in 0..5 {
            let unit = [
                Unit::Share,
                Unit::Count,
                Unit::Score,
                Unit::Share,
                Unit::YesNo,
            ][k];
            let mut ind = Indicator {
                id: ids.take(),
                name: format!("Kazalnik {}.{} / Показатель", c + 1, k + 1),
                unit,
                direction: if k == 1 {
                    Direction::LowerIsBetter
                } else {
                    Direction::HigherIsBetter
                },
                reference: Some(match unit {
                    Unit::Share => 80.0,
                    Unit::Count => 5.0,
                    Unit::Score => 4.0,
                    Unit::YesNo => 1.0,
                }),
                plan: MonitoringPlan {
                    responsible: Responsible::Member(w.team[c].id),
                    ..MonitoringPlan::default()
                },
                measurements: Vec::new(),
                key: false,
                procedure: None,
            };
            for p in &w.monitoring.periods {
                for g in &w.monitoring.groups {
                    let v = match unit {
                        Unit::Share => Value::Number(rng.around(75.0, 20.0)),
                        Unit::Count => Value::Number(rng.below(12) as f64),
                        Unit::Score => Value::Number(rng.around(3.6, 1.0)),
                        Unit::YesNo => Value::Number((rng.below(4) > 0) as u8 as f64),
                    };
                    ind.measurements.push(Measurement {
                        period: p.id,
                        group: Some(g.id),
                        value: v,
                    });
                }
            }
            indicators.push(ind);
        }
        w.monitoring.criteria.push(Criterion {
            id: crit_id,
            name: format!("Merilo {} / Критерий", c + 1),
            indicators,
        });
    }
    w
}

fn main() {
    write(
        "inovacijski-projekt.ron",
        "// premisli: ponazoritveni primer inovacijskega projekta (izmišljeni podatki, ki sledijo\n// metodi premišljevalnic in akcijskega raziskovanja). Illustrative sample; all data invented.\n",
        &sample_sl::build(),
    );
    write(
        "soko-monitoring.ron",
        "// premisli: иллюстративный пример внутренней системы оценки качества образования (ВСОКО)\n// основной школы (1–9 классы): 7 критериев и 28 показателей положения, процедуры оценки,\n// план ВШК; три учебных года по четвертям и по классам. Данные вымышлены.\n",
        &sample_ru::build(),
    );
    write(
        "large.ron",
        "// premisli: the large stress workshop (60 members, 600 diagnosis items, 12 cycles,\n// 40 indicators x 20 periods x 6 groups), generated by examples/gen_samples.rs.\n",
        &large(),
    );
}
