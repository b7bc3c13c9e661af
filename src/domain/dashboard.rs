//! The dashboard as data: per indicator, the series over the periods (dynamic
//! analysis), the latest value against the reference level, the gap and the
//! standing; per group, the latest values side by side (comparative analysis).
//! The screen and `premisli dashboard` draw from these rows.

use super::indicators::{Indicator, Monitoring, Standing, Value};
use super::{Id, Workshop};

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub criterion: usize,
    pub indicator: Id,
    /// One value per period (in order), `None` where nothing was measured.
    pub series: Vec<Option<f64>>,
    /// The last measured value and the index of its period.
    pub latest: Option<(usize, f64)>,
    pub gap: Option<f64>,
    pub standing: Option<Standing>,
}

/// The value for a period: the group's own, or for the whole school the
/// school-wide measurement, else the groups pooled (ratios summed, numbers averaged).
/// A municipal or regional figure is never pooled into the school's.
pub fn value(m: &Monitoring, ind: &Indicator, period: Id, group: Option<Id>) -> Option<f64> {
    if let Some(v) = ind.value_at(period, group) {
        return Some(v);
    }
    if group.is_some() {
        return None;
    }
    let values: Vec<Value> = ind
        .measurements
        .iter()
        .filter(|x| x.period == period && x.group.is_some_and(|g| !m.is_outside(g)))
        .map(|m| m.value)
        .collect();
    if values.is_empty() {
        return None;
    }
    if values.iter().all(|v| matches!(v, Value::Ratio(..))) {
        let (part, whole) = values.iter().fold((0u64, 0u64), |(p, w), v| match v {
            Value::Ratio(a, b) => (p + u64::from(*a), w + u64::from(*b)),
            Value::Number(_) => (p, w),
        });
        return (whole > 0).then(|| part as f64 * 100.0 / whole as f64);
    }
    let nums: Vec<f64> = values.iter().filter_map(|v| v.number()).collect();
    (!nums.is_empty()).then(|| nums.iter().sum::<f64>() / nums.len() as f64)
}

/// One value per period, in one pass over the measurements (the same result as
/// `value` for each period, without a search per cell).
pub fn series(m: &Monitoring, ind: &Indicator, group: Option<Id>) -> Vec<Option<f64>> {
    let n = m.periods.len();
    let index: std::collections::HashMap<Id, usize> = m
        .periods
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    let mut own = vec![None; n];
    // Pooled groups, for the whole school: sum and count of numbers, counts of ratios.
    let mut sum = vec![(0.0f64, 0usize); n];
    let mut ratio = vec![(0u64, 0u64, true); n];
    let outside: Vec<Id> = m
        .groups
        .iter()
        .filter(|g| g.scope.is_some())
        .map(|g| g.id)
        .collect();
    for meas in &ind.measurements {
        let Some(&i) = index.get(&meas.period) else {
            continue;
        };
        if meas.group == group {
            own[i] = meas.value.number();
        } else if group.is_none() && !meas.group.is_some_and(|g| outside.contains(&g)) {
            match meas.value {
                Value::Ratio(a, b) => {
                    ratio[i].0 += u64::from(a);
                    ratio[i].1 += u64::from(b);
                }
                Value::Number(_) => ratio[i].2 = false,
            }
            if let Some(x) = meas.value.number() {
                sum[i].0 += x;
                sum[i].1 += 1;
            }
        }
    }
    (0..n)
        .map(|i| {
            if own[i].is_some() || group.is_some() {
                return own[i];
            }
            let (part, whole, all_ratios) = ratio[i];
            if all_ratios && whole > 0 {
                return Some(part as f64 * 100.0 / whole as f64);
            }
            let (total, count) = sum[i];
            (count > 0 && !(all_ratios && whole > 0)).then(|| total / count as f64)
        })
        .collect()
}

pub fn row(m: &Monitoring, criterion: usize, ind: &Indicator, group: Option<Id>) -> Row {
    let series = series(m, ind, group);
    let latest = series
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, v)| v.map(|v| (i, v)));
    let gap = latest.and_then(|(_, v)| ind.gap(v));
    let standing = latest.and_then(|(_, v)| ind.standing(v, m.close_threshold));
    Row {
        criterion,
        indicator: ind.id,
        series,
        latest,
        gap,
        standing,
    }
}

/// Every indicator's row, criterion by criterion, for a group or the whole school.
pub fn rows(w: &Workshop, group: Option<Id>) -> Vec<Row> {
    let m = &w.monitoring;
    m.criteria
        .iter()
        .enumerate()
        .flat_map(|(ci, c)| c.indicators.iter().map(move |ind| row(m, ci, ind, group)))
        .collect()
}

/// Comparative analysis: each group's latest value of one indicator.
pub fn by_group(w: &Workshop, ind: &Indicator) -> Vec<(Id, Option<f64>)> {
    let m = &w.monitoring;
    m.groups
        .iter()
        .map(|g| {
            let latest = m
                .periods
                .iter()
                .rev()
                .find_map(|p| value(m, ind, p.id, Some(g.id)));
            (g.id, latest)
        })
        .collect()
}

/// Comparative analysis across years: the same period label in each school year.
pub fn across_years(
    w: &Workshop,
    ind: &Indicator,
    label: &str,
    group: Option<Id>,
) -> Vec<(String, Option<f64>)> {
    w.monitoring
        .periods
        .iter()
        .filter(|p| p.label == label)
        .map(|p| {
            (
                p.school_year.clone(),
                value(&w.monitoring, ind, p.id, group),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::indicators::{
        Criterion, Direction, Group, Measurement, MonitoringPlan, PeriodDef, Unit,
    };

    fn ws() -> Workshop {
        let mut w = Workshop::default();
        let m = &mut w.monitoring;
        for (i, (label, year)) in [("T1", "2024/25"), ("T2", "2024/25"), ("T1", "2025/26")]
            .iter()
            .enumerate()
        {
            m.periods.push(PeriodDef {
                id: Id(10 + i as u32),
                label: label.to_string(),
                school_year: year.to_string(),
                kind: None,
            });
        }
        m.groups.push(Group {
            id: Id(20),
            name: "5.a".into(),
            teacher: None,
            scope: None,
        });
        m.groups.push(Group {
            id: Id(21),
            name: "5.b".into(),
            teacher: None,
            scope: None,
        });
        let meas = |p, g, v| Measurement {
            period: Id(p),
            group: g,
            value: v,
        };
        m.criteria.push(Criterion {
            id: Id(1),
            name: "C".into(),
            indicators: vec![
                Indicator {
                    id: Id(2),
                    name: "share".into(),
                    unit: Unit::Share,
                    direction: Direction::HigherIsBetter,
                    reference: Some(80.0),
                    plan: MonitoringPlan::default(),
                    measurements: vec![
                        meas(10, None, Value::Number(70.0)),
                        meas(11, Some(Id(20)), Value::Number(60.0)),
                        meas(11, Some(Id(21)), Value::Number(80.0)),
                    ],
                    key: false,
                    procedure: None,
                },
                Indicator {
                    id: Id(3),
                    name: "parents".into(),
                    unit: Unit::Share,
                    direction: Direction::HigherIsBetter,
                    reference: Some(50.0),
                    plan: MonitoringPlan::default(),
                    measurements: vec![
                        meas(12, Some(Id(20)), Value::Ratio(10, 20)),
                        meas(12, Some(Id(21)), Value::Ratio(20, 20)),
                    ],
                    key: false,
                    procedure: None,
                },
            ],
        });
        w
    }

    #[test]
    fn the_school_pools_its_groups_when_it_has_no_value_of_its_own() {
        let w = ws();
        let r = rows(&w, None);
        assert_eq!(
            r[0].series,
            vec![Some(70.0), Some(70.0), None],
            "mean of 60 and 80"
        );
        assert_eq!(r[0].latest, Some((1, 70.0)));
        assert_eq!(r[0].gap, Some(-10.0));
        assert_eq!(
            r[0].standing,
            Some(Standing::Off),
            "10 below 80 is beyond the 10 % tolerance (8)"
        );
        // Ratios pool their counts: 30 of 40, not the mean of 50 % and 100 %.
        assert_eq!(r[1].latest, Some((2, 75.0)));
        assert_eq!(r[1].standing, Some(Standing::OnTarget));
    }

    #[test]
    fn a_group_has_only_its_own_values() {
        let w = ws();
        let r = rows(&w, Some(Id(20)));
        assert_eq!(r[0].series, vec![None, Some(60.0), None]);
        assert_eq!(r[0].standing, Some(Standing::Off));
    }

    #[test]
    fn groups_side_by_side_and_years_compared() {
        let w = ws();
        let ind = &w.monitoring.criteria[0].indicators[0];
        assert_eq!(
            by_group(&w, ind),
            vec![(Id(20), Some(60.0)), (Id(21), Some(80.0))]
        );
        assert_eq!(
            across_years(&w, ind, "T1", None),
            vec![
                ("2024/25".to_string(), Some(70.0)),
                ("2025/26".to_string(), None)
            ]
        );
    }
}
