//! The Slovenian sample: the method's worked example, a class-community project.

use premisli::domain::cycles::{DataSource, Perspective, SourceKind};
use premisli::domain::indicators::{
    Direction, Group, Method, MonitoringPlan, PeriodDef, Periodicity, Responsible, Unit,
};
use premisli::domain::project::{Activity, ActivityKind, GoalChecks, Novelty, QuestionChecks};
use premisli::domain::sessions::{LogEntry, LogKind};
use premisli::domain::*;

use super::{Ids, at, d};

pub fn build() -> Workshop {
    let mut ids = Ids(0);
    let mut w = Workshop::new(
        "Odgovorno sodelovanje med učenci, učitelji in starši nas bogati",
        Language::Sl,
    );
    let p = &mut w.project;
    p.institution = "OŠ Pod Gradom".into();
    p.school_year = "2025/26".into();
    p.area = ResearchArea::ClassroomClimate;
    p.kind = ProjectKind::Preventive;
    p.goal = "Omogočiti vsem udeležencem pouka, da se razvijajo: učenci, učitelji in starši skupaj prevzemajo odgovornost za učenje v razredni skupnosti.".into();
    p.research_question = "Kateri je skupni cilj dejavnikov pouka?".into();
    p.set_innovation_level(2).expect("level");
    p.goal_checks = GoalChecks {
        motivates_from_within: true,
        leaves_methods_free: true,
        can_become_a_plan: true,
        observable: false,
        drives_growth: true,
    };
    p.question_checks = QuestionChecks {
        single: true,
        short: true,
        clear: true,
        answer_wanted: false,
    };
    p.novelty = Novelty {
        what: "Razredni sestanki, ki jih vodijo učenci sami: krog mnenj na začetku, dogovori, ki jih oblikujejo učenci, in skupna preglednica opažanj učiteljev.".into(),
        for_whom: "Učenci in razredniki 5. razreda; starši, ki se vključijo v 3. krogu.".into(),
        evidence: "Zapisi razrednih sestankov, vprašalnik o razredni klimi (jesen in pomlad), štetje oglašanj, samoocena učencev.".into(),
    };
    for (date, what, done) in [
        (
            d(2025, 9, 15),
            "Zbor projektne skupine in prva premišljevalnica",
            true,
        ),
        (
            d(2025, 10, 2),
            "Predstavitev projekta staršem na roditeljskem sestanku",
            true,
        ),
        (
            d(2026, 1, 20),
            "Druga premišljevalnica: interpretacija podatkov 1. kroga",
            false,
        ),
        (d(2026, 6, 10), "Poročilo učiteljskemu zboru", false),
    ] {
        let id = ids.take();
        w.project.calendar.push(Activity {
            id,
            date,
            what: what.into(),
            done,
            kind: ActivityKind::Activity,
        });
    }
    let people = [
        (
            "Mojca Kranjc",
            Role::FormalLeader,
            "Voditi tako, da bo vodenje res deljeno.",
        ),
        (
            "Tomaž Zupan",
            Role::ContentLeader,
            "Naučiti se akcijskega raziskovanja v praksi in ga predati kolegom.",
        ),
        (
            "Alenka Vidmar",
            Role::Consultant,
            "Spremljati projektno skupino, ne voditi je.",
        ),
        (
            "Petra Novak",
            Role::Teacher,
            "V 5.a uvesti razredne dogovore, ki jih učenci oblikujejo sami.",
        ),
        (
            "Gregor Kos",
            Role::Teacher,
            "Manj razlagati, več spraševati.",
        ),
        ("Nina Golob", Role::Teacher, ""),
        (
            "Luka Horvat",
            Role::Student,
            "Da bi se v razredu vsi slišali.",
        ),
        (
            "Maja Potočnik",
            Role::Parent,
            "Bolje razumeti, kaj se otroci učijo in kako.",
        ),
    ];
    for (name, role, goal) in people {
        let mut m = Member::new(ids.take(), name, role);
        m.personal_goal = goal.into();
        // She applies for a higher title this year.
        m.promotion = name == "Petra Novak";
        w.team.push(m);
    }
    let team: Vec<Id> = w.team.iter().map(|m| m.id).collect();
    let member = |i: usize| Author::Member(team[i]);
    let items = [
        (
            Category::Expectations,
            "Pričakujemo, da se bodo učenci med seboj bolj poslušali.",
            member(3),
        ),
        (
            Category::Expectations,
            "Želimo si več stika s starši tudi zunaj govorilnih ur.",
            member(7),
        ),
        (
            Category::Expectations,
            "Da bo pouk bolj zabaven in manj predavanj.",
            member(6),
        ),
        (
            Category::Curiosity,
            "Zanima nas, kako učenci sami vidijo razredno klimo.",
            member(1),
        ),
        (
            Category::Curiosity,
            "Radi bi preizkusili razredne sestanke po vzoru drugih šol.",
            member(4),
        ),
        (
            Category::Curiosity,
            "Kaj se zgodi, če učenci sami pripravijo del ure?",
            Author::Group,
        ),
        (
            Category::ProblemSolving,
            "Težave rešujemo skupaj na kratkih sestankih projektne skupine.",
            Author::Group,
        ),
        (
            Category::ProblemSolving,
            "Vsak teden zapišemo eno opažanje v skupni dnevnik.",
            member(1),
        ),
        (
            Category::ContentNeeds,
            "Premalo vemo, kaj raziskave pravijo o razredni klimi in sodelovanju učencev.",
            member(5),
        ),
        (
            Category::ContentNeeds,
            "Kako voditi razredni sestanek, da ga vodijo učenci sami?",
            member(4),
        ),
        (
            Category::MethodicalNeeds,
            "Premalo vemo o metodah opazovanja v razredu.",
            member(3),
        ),
        (
            Category::MethodicalNeeds,
            "Ne znamo oblikovati dobrega vprašalnika za učence.",
            member(4),
        ),
        (
            Category::MethodicalNeeds,
            "Ni dogovora, kako beležimo podatke.",
            member(1),
        ),
        (
            Category::MethodicalNeeds,
            "Podatkov ne znamo povezati v naslednji krog.",
            Author::Group,
        ),
    ];
    for (category, text, author) in items {
        w.diagnosis.items.push(DiagnosisItem {
            id: ids.take(),
            category,
            text: text.into(),
            author,
            cluster: None,
            private: false,
        });
    }
    let cluster = ids.take();
    w.diagnosis.clusters.push(Cluster {
        id: cluster,
        title: "Beleženje in uporaba podatkov".into(),
        category: Category::MethodicalNeeds,
    });
    let n = w.diagnosis.items.len();
    w.diagnosis.items[n - 2].cluster = Some(cluster);
    w.diagnosis.items[n - 1].cluster = Some(cluster);
    w.diagnosis.votes_revealed = true;
    let votes = [
        (0, 3),
        (0, cluster.0 as usize),
        (1, 4),
        (3, 0),
        (3, 10),
        (4, 3),
        (4, cluster.0 as usize),
        (6, 2),
        (7, 1),
    ];
    for (voter, target) in votes {
        let target = if target < 100 && target < n {
            w.diagnosis.items[target].id
        } else {
            Id(target as u32)
        };
        w.diagnosis.votes.push(Vote {
            voter: w.team[voter].id,
            target,
        });
    }
    let indicator_safe = Id(100);
    let mut prevention = PlanAction::new(
        ids.take(),
        "Razredni sestanki vsak drugi petek v 5.a in 5.b",
    );
    prevention.who = Some(w.team[3].id);
    prevention.due = Some(d(2026, 2, 27));
    prevention.status = ActionStatus::InProgress;
    prevention.origin = Some(w.diagnosis.items[4].id);
    prevention.indicator = Some(indicator_safe);
    let mut prevention2 = PlanAction::new(ids.take(), "Učenci pripravijo del ure pri družbi");
    prevention2.who = Some(w.team[4].id);
    prevention2.due = Some(d(2026, 4, 17));
    prevention2.origin = Some(w.diagnosis.items[5].id);
    w.plans.prevention = vec![prevention, prevention2];
    let mut curative = PlanAction::new(ids.take(), "Skupna preglednica za beleženje opažanj");
    curative.who = Some(w.team[1].id);
    curative.due = Some(d(2025, 11, 14));
    curative.status = ActionStatus::Done;
    curative.origin = Some(cluster);
    curative.steps = Some(ProblemSteps {
        define: "Podatki so raztreseni po zvezkih in jih ne moremo primerjati.".into(),
        cause: "Ni dogovora o obliki in času beleženja.".into(),
        remedies: "Skupna preglednica; petminutni zapis po uri; tedenski pregled.".into(),
        introduce: "Preglednico uvedemo v 1. krogu v obeh oddelkih.".into(),
        measure: "Delež ur z zapisom opažanj.".into(),
    });
    let mut curative2 = PlanAction::new(ids.take(), "Delavnica o opazovanju pouka s konzulentko");
    curative2.who = Some(w.team[2].id);
    curative2.due = Some(d(2026, 1, 15));
    curative2.origin = Some(w.diagnosis.items[8].id);
    w.plans.curative = vec![curative, curative2];
    let mut k1 = Cycle::new(ids.take(), "1. krog", d(2025, 9, 15), d(2025, 12, 5)).expect("cycle");
    k1.tier = GoalTier::First;
    k1.goal = "Učenci oblikujejo razredne dogovore.".into();
    for p in Phase::ALL {
        k1.phase_mut(p).status = PhaseStatus::Done;
    }
    k1.plan.notes = "Razredni sestanki, dnevnik opažanj, vprašalnik za učence.".into();
    k1.data_sources = vec![
        DataSource {
            kind: SourceKind::Observation,
            description: "Opazovanje razrednih sestankov (konzulentka)".into(),
            perspective: Some(Perspective::Observer),
        },
        DataSource {
            kind: SourceKind::Questionnaire,
            description: "Vprašalnik o razredni klimi".into(),
            perspective: Some(Perspective::Pupils),
        },
        DataSource {
            kind: SourceKind::Artefact,
            description: "Plakati z dogovori".into(),
            perspective: Some(Perspective::Pupils),
        },
        DataSource {
            kind: SourceKind::Other("dnevnik".into()),
            description: "Dnevnik opažanj razrednikov".into(),
            perspective: Some(Perspective::Teacher),
        },
    ];
    k1.references = vec![
        "Razredni sestanki in razredna klima: teoretični vložek konzulentke na 1. srečanju".into(),
        "Literatura o razredni klimi, ki jo je zbrala projektna skupina (povzetki v skupni mapi)"
            .into(),
    ];
    k1.reference_level =
        "Učenci v obeh oddelkih sami oblikujejo razredne dogovore in jih upoštevajo.".into();
    k1.actual_level = "V 5.a dogovore oblikujejo in upoštevajo; v 5.b jih oblikuje razrednik z učenci, upoštevajo jih delno.".into();
    k1.findings = "Učenci dogovore upoštevajo, kadar so jih oblikovali sami; tišji učenci se oglašajo redkeje.".into();
    k1.reflection = "Sestanki so prekratki; vodenje naj prevzemajo učenci.".into();
    k1.evaluation = "Prvi cilj dosežen v 5.a, delno v 5.b.".into();
    k1.data_collected = "Zapisi 16 razrednih sestankov, 48 vprašalnikov.".into();
    k1.interpretation = "Klima se izboljšuje tam, kjer učenci vodijo sestanek.".into();
    k1.disruptions.push(Disruption {
        id: ids.take(),
        description: "Tišji učenci na sestankih ne pridejo do besede.".into(),
        steps: ProblemSteps {
            define: "Na sestankih govori vedno istih pet učencev.".into(),
            cause: "Ni pravila o vrstnem redu; glasnejši prevladajo.".into(),
            remedies: "Govorilni predmet; krog mnenj; listki za anonimne predloge.".into(),
            introduce: "Krog mnenj na začetku vsakega sestanka.".into(),
            measure: "Število učencev, ki na sestanku spregovorijo.".into(),
        },
        action: None,
    });
    k1.pitfalls = vec![Pitfall::NoTime, Pitfall::WeakObservation];
    let mut k2 = Cycle::new(ids.take(), "2. krog", d(2025, 12, 8), d(2026, 3, 6)).expect("cycle");
    k2.tier = GoalTier::Intermediate;
    k2.goal = "Vsak učenec na sestanku vsaj enkrat spregovori.".into();
    k2.follows = Some(k1.id);
    k2.plan.status = PhaseStatus::Done;
    k2.act.status = PhaseStatus::InProgress;
    k2.data_sources = vec![
        DataSource {
            kind: SourceKind::Observation,
            description: "Štetje oglašanj".into(),
            perspective: Some(Perspective::Teacher),
        },
        DataSource {
            kind: SourceKind::SelfAssessment,
            description: "Samoocena učencev".into(),
            perspective: Some(Perspective::Pupils),
        },
    ];
    k2.reference_level = "Vsak učenec na sestanku vsaj enkrat spregovori.".into();
    k2.references =
        vec!["Krog mnenj in govorilni predmet: opis tehnik iz gradiva mreže (ZRSŠ)".into()];
    let mut k3 = Cycle::new(ids.take(), "3. krog", d(2026, 3, 9), d(2026, 6, 19)).expect("cycle");
    k3.tier = GoalTier::Desired;
    k3.goal = "Razredna skupnost sama vodi svoje dogovore; starši sodelujejo.".into();
    k3.follows = Some(k2.id);
    w.cycles = vec![k1, k2, k3];
    build_monitoring(&mut w, &mut ids);
    institute(&mut w, &mut ids);
    let session = SessionRecord {
        id: ids.take(),
        kind: SessionKind::FirstWorkshop,
        date: d(2025, 9, 15),
        facilitator: Some(w.team[2].id),
        attendees: w.team.iter().map(|m| m.id).collect(),
        cycle: None,
        step: 6,
        step_seconds: vec![600, 420, 540, 1200, 900, 480, 780],
        notes: "Projektna skupina se je dogovorila za dva kroga opazovanja pred novim letom."
            .into(),
        log: vec![
            LogEntry {
                at: at(2025, 9, 15, 14, 0),
                kind: LogKind::Step,
                text: "Zbor projektne skupine".into(),
            },
            LogEntry {
                at: at(2025, 9, 15, 14, 17),
                kind: LogKind::Decision,
                text: "Raziskovalno vprašanje sprejeto.".into(),
            },
            LogEntry {
                at: at(2025, 9, 15, 15, 2),
                kind: LogKind::Vote,
                text: "Glasovanje zaključeno, rezultati razkriti.".into(),
            },
            LogEntry {
                at: at(2025, 9, 15, 15, 30),
                kind: LogKind::Action,
                text: "Skupna preglednica za beleženje opažanj".into(),
            },
        ],
    };
    w.sessions.push(session);
    w
}

/// What the institute's programme adds to the card: the head teacher on the
/// project group, the milestones and reports of the calendar, everyday use
/// and dissemination. (Given ids after the rest, so those stay as they were.)
fn institute(w: &mut Workshop, ids: &mut Ids) {
    let mut head = Member::new(ids.take(), "Irena Bizjak", Role::Head);
    head.personal_goal =
        "Zagotoviti čas za skupno načrtovanje in prenesti dobro prakso na vso šolo.".into();
    w.team.push(head);
    let p = &mut w.project;
    use ActivityKind::{Milestone, Report};
    for (date, what, done, kind) in [
        (
            d(2025, 9, 30),
            "Uvodno srečanje mreže inovacijskih projektov (ZRSŠ)",
            true,
            Milestone,
        ),
        (
            d(2026, 2, 13),
            "Vmesno (polletno) poročilo zavodu",
            false,
            Report,
        ),
        (
            d(2026, 4, 15),
            "Srečanje mreže: predstavitev vmesnih ugotovitev",
            false,
            Milestone,
        ),
        (
            d(2026, 10, 31),
            "Letno poročilo zavodu za šolsko leto 2025/26",
            false,
            Report,
        ),
    ] {
        p.calendar.push(Activity {
            id: ids.take(),
            date,
            what: what.into(),
            done,
            kind,
        });
    }
    p.calendar.sort_by_key(|a| a.date);
    p.everyday_use = "Razredni sestanki z krogom mnenj postanejo stalni del razrednih ur v 5. razredu; preglednico opažanj vodijo razredniki vse leto.".into();
    use premisli::domain::project::{Channel, Dissemination};
    for (date, channel, what, done) in [
        (
            d(2026, 2, 4),
            Channel::Staff,
            "Predstavitev 1. kroga na pedagoški konferenci",
            true,
        ),
        (
            d(2026, 4, 15),
            Channel::OtherSchools,
            "Srečanje mreže: delavnica o krogu mnenj",
            false,
        ),
        (
            d(2026, 10, 31),
            Channel::ExpertCouncil,
            "Letno poročilo: opis novosti in dokazi",
            false,
        ),
    ] {
        p.dissemination.push(Dissemination {
            id: ids.take(),
            date,
            channel,
            what: what.into(),
            done,
        });
    }
}

fn build_monitoring(w: &mut Workshop, ids: &mut Ids) {
    let m = &mut w.monitoring;
    let years = ["2024/25", "2025/26"];
    for y in years {
        for term in ["1. ocenjevalno obdobje", "2. ocenjevalno obdobje"] {
            m.periods.push(PeriodDef {
                id: ids.take(),
                label: term.into(),
                school_year: y.into(),
                kind: None,
            });
        }
    }
    m.groups.push(Group {
        id: ids.take(),
        name: "5.a".into(),
        teacher: None,
        scope: None,
    });
    m.groups.push(Group {
        id: ids.take(),
        name: "5.b".into(),
        teacher: None,
        scope: None,
    });
    let crit = ids.take();
    let plan = |object: &str, method: Method, who: Responsible| MonitoringPlan {
        object: object.into(),
        periodicity: Periodicity::Termly,
        responsible: who,
        method,
        source: "Razredni vprašalnik in dnevnik opažanj".into(),
    };
    let (ga, gb) = (m.groups[0].id, m.groups[1].id);
    let periods: Vec<Id> = m.periods.iter().map(|p| p.id).collect();
    let series = |a: [f64; 4], b: [f64; 4]| -> Vec<Measurement> {
        let mut v = Vec::new();
        for (i, p) in periods.iter().enumerate() {
            v.push(Measurement {
                period: *p,
                group: Some(ga),
                value: Value::Number(a[i]),
            });
            v.push(Measurement {
                period: *p,
                group: Some(gb),
                value: Value::Number(b[i]),
            });
        }
        v
    };
    let safe = Indicator {
        id: Id(100),
        name: "Delež učencev, ki se v razredu počutijo varne".into(),
        unit: Unit::Share,
        direction: Direction::HigherIsBetter,
        reference: Some(85.0),
        plan: plan(
            "učenci 5. razreda",
            Method::Questionnaire,
            Responsible::Member(w.team[3].id),
        ),
        measurements: series([68.0, 72.5, 79.0, 83.3], [65.0, 66.7, 70.8, 74.0]),
        key: false,
        procedure: None,
    };
    let measures = Indicator {
        id: ids.take(),
        name: "Število vzgojnih ukrepov".into(),
        unit: Unit::Count,
        direction: Direction::LowerIsBetter,
        reference: Some(2.0),
        plan: plan(
            "oddelka 5.a in 5.b",
            Method::Statistics,
            Responsible::Person("svetovalna služba".into()),
        ),
        measurements: series([6.0, 5.0, 3.0, 2.0], [7.0, 7.0, 5.0, 4.0]),
        key: false,
        procedure: None,
    };
    let mut parents = Indicator {
        id: ids.take(),
        name: "Delež staršev na govorilnih urah".into(),
        unit: Unit::Share,
        direction: Direction::HigherIsBetter,
        reference: Some(70.0),
        plan: plan(
            "starši",
            Method::Statistics,
            Responsible::Member(w.team[7].id),
        ),
        measurements: Vec::new(),
        key: false,
        procedure: None,
    };
    for (i, p) in periods.iter().enumerate() {
        let (a, b) = [(14, 24), (15, 24), (17, 24), (19, 24)][i];
        parents.measurements.push(Measurement {
            period: *p,
            group: Some(ga),
            value: Value::Ratio(a, b),
        });
        let (a, b) = [(12, 23), (13, 23), (13, 23), (15, 23)][i];
        parents.measurements.push(Measurement {
            period: *p,
            group: Some(gb),
            value: Value::Ratio(a, b),
        });
    }
    let score = Indicator {
        id: ids.take(),
        name: "Ocena sodelovanja v razredu (vprašalnik, 1–5)".into(),
        unit: Unit::Score,
        direction: Direction::HigherIsBetter,
        reference: Some(4.0),
        plan: plan(
            "učenci 5. razreda",
            Method::Questionnaire,
            Responsible::Member(w.team[1].id),
        ),
        measurements: series([3.1, 3.4, 3.7, 3.9], [3.0, 3.0, 3.3, 3.5]),
        key: false,
        procedure: None,
    };
    m.criteria.push(Criterion {
        id: crit,
        name: "Razredna klima".into(),
        indicators: vec![safe, measures, parents, score],
    });
}
