/** What `safetynet init <city>` writes: a pack skeleton that validates, one scenario that passes, a changelog. */
export interface InitSettings {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly parent: string;
  /** The first day of the (unknown) standard the skeleton starts with. */
  readonly from: string;
  readonly today: string;
  /** Where the package's JSON Schemas are, relative to the pack directory. */
  readonly schemaDir: string;
}

/** `policies/<id>/pack.yaml`: the city extends the baseline; its standard is unknown until the notice is found. */
export function packYaml(s: InitSettings): string {
  return `# yaml-language-server: $schema=${s.schemaDir}/pack.schema.json
# ${s.nameZh}社会救助政策包 / ${s.nameEn} social-assistance policy pack (skeleton written by \`safetynet init ${s.id}\`).
# 先填 sources（来源文件），再把 dibao.standard 的“未知”项换成带 value 和 source 的数值；见 docs/authoring.md。
# Fill in sources, then replace the unknown entry of dibao.standard with a value and its source (docs/authoring.md).
id: ${s.id}
name: { zh: ${JSON.stringify(s.nameZh)}, en: ${JSON.stringify(s.nameEn)} }
version: 0.1.0
extends: ${s.parent}
jurisdiction: { country: CN, level: city }

sources:
  ${s.id}-dibao:
    title: （待填写）${s.nameZh}最低生活保障标准通知的标题
    issuer: （待填写）发文机关
    date: "${s.from.slice(0, 4)}"
    verified: false
    note: >-
      骨架占位：找到通知后填写标题、文号（number）、成文日期、网址（url），在原文中读到数值后改为 verified: true。
      Placeholder: once the notice is found, give its title, number, date and URL; verified: true once the figure is read in it.

parameters:
  dibao.standard:
    unit: CNY/person/month
    review: yearly
    values:
      - from: ${s.from}
        unknown: true
        source: ${s.id}-dibao
        note: 通知尚未找到 / notice not found yet

changes:
  - version: 0.1.0
    date: ${s.today}
    summary: { zh: 骨架：由 safetynet init 生成，低保标准未知, en: "Skeleton written by safetynet init; the dibao standard is unknown" }
`;
}

/** `policies/<id>/tests/dibao.yaml`: one scenario that passes on the skeleton, and says what to add next. */
export function scenarioYaml(s: InitSettings): string {
  return `# yaml-language-server: $schema=${s.schemaDir.replace(/^\.\.\//, '../../')}/scenarios.schema.json
# ${s.nameZh}：低保场景测试 / ${s.nameEn}: dibao scenarios. 每条：家庭 + 日期 → 期望结果；只比较写出的内容。
# Each scenario: a household on a date → the outcome expected; only what is written is compared.

- name: 标准未知时，低保无法判断 / while the standard is unknown, dibao is undetermined
  asOf: ${s.from}
  household:
    propertyTestPassed: true
    members:
      - { birthDate: 1980-01-01, disability: null, severeIllness: false, incomes: [ { type: wage, monthly: "500" } ] }
  expect:
    programmes: { dibao: undetermined }
    notes: [ param_value_unknown ]
`;
}

/** `policies/<id>/CHANGELOG.md`: for caseworkers, one section per version. */
export function changelogMd(s: InitSettings): string {
  return `# ${s.nameZh}政策包变更记录 / ${s.nameEn} pack changelog

版本号规则：新增或更正一年的标准 = 次版本号（0.**2**.0）；改变判断规则 = 主版本号（**1**.0.0）；只改说明文字 = 修订号（0.1.**1**）。
Versions: a new or corrected standard = minor; a changed rule = major; wording only = patch.

## 0.1.0 — ${s.today}

骨架，由 \`safetynet init ${s.id}\` 生成：继承全国基线 \`${s.parent}\`，低保标准自 ${s.from} 起未知。
Skeleton written by \`safetynet init ${s.id}\`: extends the national baseline \`${s.parent}\`; the dibao standard is unknown from ${s.from}.
`;
}
