#!/usr/bin/env bash
# 政策仓库的持续集成：校验、场景测试、与基线分支比较，把结果写成 Markdown（发评论之外的全部步骤，本地也能运行）。
# CI for a policy repository: validate, test, diff against the base branch, and write the result as Markdown —
# everything except posting the comment, so it runs the same on a laptop and in GitHub Actions.
#
#   bash scripts/ci.sh                       # 与 origin/main 比较 / compare with origin/main
#   BASE=HEAD~1 bash scripts/ci.sh           # 与上一次提交比较 / compare with the previous commit
#
# 环境变量（都可省略）/ Environment (all optional):
#   BASE           基线修订 / base revision (default origin/main; the workflow passes origin/<base branch>)
#   SAFETYNET_BIN  运行 CLI 的命令 / how to run the CLI (default node_modules/.bin/safetynet, else npx safetynet)
#   POPULATION     估算影响用的家庭样本 / households for the impact estimate (default population/sample.jsonl)
#   AS_OF          评估样本的日期 / date the households are evaluated on (default: the latest date from which a
#                  changed figure applies, else today in Asia/Shanghai)
#   TODAY          “今天”，用于过期提醒 / today's date for staleness warnings (default: the CLI's today, Asia/Shanghai)
#   STRICT=1       警告也算失败 / warnings fail too (validate --strict)
#   FORMAT         validate 输出格式 / validate output: github | text (default github inside GitHub Actions)
#   OUT            Markdown 报告路径 / where the Markdown report goes (default safetynet-report.md)
#
# 退出码 / Exit code: 0 全部通过 all passed; 1 校验错误、场景失败或无法比较 validation errors, failing scenarios or
# a pack that could not be compared; 2 用法错误（不是 git 仓库、基线修订不存在）usage (not a git repository, unknown BASE).
set -uo pipefail

BASE=${BASE:-origin/main}
POPULATION=${POPULATION:-population/sample.jsonl}
OUT=${OUT:-safetynet-report.md}
if [[ -z ${FORMAT:-} ]]; then
  if [[ ${GITHUB_ACTIONS:-} == true ]]; then FORMAT=github; else FORMAT=text; fi
fi
if [[ -n ${SAFETYNET_BIN:-} ]]; then
  read -r -a SN <<<"$SAFETYNET_BIN"
elif [[ -x node_modules/.bin/safetynet ]]; then
  SN=(node_modules/.bin/safetynet)
else
  SN=(npx --no-install safetynet)
fi
sn() { "${SN[@]}" "$@"; }

if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "ci.sh: not inside a git repository / 不在 git 仓库中" >&2
  exit 2
fi
if ! base_rev=$(git merge-base "$BASE" HEAD 2>/dev/null); then
  echo "ci.sh: no common ancestor with base revision '$BASE' (fetch it: git fetch origin; in Actions: fetch-depth: 0)" >&2
  echo "ci.sh: 找不到与基线修订 '$BASE' 的共同祖先（先 git fetch origin；GitHub Actions 中设 fetch-depth: 0）" >&2
  exit 2
fi
short=$(git rev-parse --short "$base_rev")

status=0
ok() { if [[ $1 -eq 0 ]]; then echo '✅'; else echo '❌'; fi; }
# annotation lines (::error file=F,line=L,col=C,title=T::M) as F:L:C [T] M, for the comment
readable() {
  sed -E -e 's/^::(error|warning) file=([^,]*),line=([0-9]+),col=([0-9]+),title=([^:]*)::(.*)$/\2:\3:\4  [\1 \5]  \6/' \
    -e 's/^::(error|warning) file=([^,]*),title=([^:]*)::(.*)$/\2  [\1 \3]  \4/'
}

# 1. validate ---------------------------------------------------------------------------------------------------------
validate_args=(validate policies --format "$FORMAT")
[[ -n ${STRICT:-} && ${STRICT} != 0 ]] && validate_args+=(--strict)
[[ -n ${TODAY:-} ]] && validate_args+=(--today "$TODAY")
validate_out=$(sn "${validate_args[@]}" 2>&1)
validate_rc=$?
printf '%s\n' "$validate_out"
[[ $validate_rc -ne 0 ]] && status=1

# 2. test -------------------------------------------------------------------------------------------------------------
test_out=$(sn test policies 2>&1)
test_rc=$?
printf '%s\n' "$test_out"
[[ $test_rc -ne 0 ]] && status=1

# 3. diff every pack changed since the merge base (and the packs extending a changed pack) ------------------------------
changed=$({
  git diff --name-only "$base_rev" -- policies/
  git ls-files --others --exclude-standard -- policies/
} | awk -F/ 'NF >= 3 { print $1 "/" $2 }' | sort -u)
dirs=$changed
for d in $changed; do
  id=${d#policies/}
  for child in policies/*/pack.yaml; do
    [[ -f $child ]] && grep -Eq "^extends:[[:space:]]*['\"]?${id}['\"]?[[:space:]]*(#.*)?$" "$child" && dirs+=$'\n'"${child%/pack.yaml}"
  done
done
dirs=$(printf '%s\n' "$dirs" | sed '/^$/d' | sort -u)

diff_md=""
diff_summary=()
err_file=$(mktemp)
trap 'rm -f "$err_file"' EXIT
for dir in $dirs; do
  in_new=0 in_old=0
  [[ -f $dir/pack.yaml ]] && in_new=1
  git cat-file -e "$base_rev:$dir/pack.yaml" 2>/dev/null && in_old=1
  if [[ $in_new -eq 0 && $in_old -eq 0 ]]; then continue; fi
  if [[ $in_old -eq 0 ]]; then
    diff_md+=$'\n'"### \`$dir\`"$'\n\n'"新政策包，基线中没有，不作比较。/ A new pack, not in the base: nothing to compare with."$'\n'
    diff_summary+=("\`$dir\` (new)")
    continue
  fi
  if [[ $in_new -eq 0 ]]; then
    diff_md+=$'\n'"### \`$dir\`"$'\n\n'"**政策包已删除。/ The pack was removed.**"$'\n'
    diff_summary+=("\`$dir\` (removed)")
    continue
  fi
  old="$base_rev:$dir"
  # What changed, as JSON: the latest date from which a changed figure applies (the day the change is felt, used as
  # the default AS_OF), and whether safetynet diff saw any change at all.
  latest="" seen=""
  if json=$(sn diff "$old" "$dir" --json 2>/dev/null); then
    read -r seen latest < <(printf '%s' "$json" | node -e '
      let s = ""; process.stdin.on("data", (c) => (s += c)).on("end", () => {
        const d = JSON.parse(s);
        const dates = (d.parameters ?? []).flatMap((p) => (p.entries ?? []).map((e) => e.from)).filter(Boolean).sort();
        const n = (d.parameters?.length ?? 0) + (d.programmes?.length ?? 0) + (d.urgency?.length ?? 0) + (d.sections?.length ?? 0);
        console.log(n ? "yes" : "no", dates.at(-1) ?? "");
      });')
  fi
  as_of=${AS_OF:-${latest:-$(TZ=Asia/Shanghai date +%F)}} # today as the CLI counts it
  note=""
  if [[ $seen == no ]] && ! git diff --quiet "$base_rev" -- "$dir/pack.yaml"; then
    note="> ⚠️ \`$dir/pack.yaml\` 有改动，但不在上面比较的范围内（名称、说明、注释、变更记录等文字不比较），请直接看文件改动。"
    note+=$'\n'"> \`$dir/pack.yaml\` changed in ways this comparison does not cover (names, descriptions, comments and the"
    note+=" changelog are not compared): read the file diff."$'\n'
  fi
  diff_args=(diff "$old" "$dir" --as-of "$as_of")
  [[ -f $POPULATION ]] && diff_args+=(--population "$POPULATION")
  if out=$(sn "${diff_args[@]}" 2>"$err_file"); then
    diff_md+=$'\n'"$out"$'\n'"$note"
    diff_summary+=("\`$dir\` (as of $as_of)")
  else
    status=1
    diff_md+=$'\n'"### \`$dir\`"$'\n\n'"❌ 无法比较 / could not compare:"$'\n\n```text\n'"$(readable <"$err_file")"$'\n```\n'
    diff_summary+=("\`$dir\` ❌")
  fi
  cat "$err_file" >&2
done
[[ -z $dirs ]] && diff_md=$'\n'"policies/ 下没有政策包改动。/ No pack under policies/ changed."$'\n'

# 4. the report -------------------------------------------------------------------------------------------------------
{
  echo '<!-- safetynet-policy-ci -->'
  echo "## 政策包检查 / Policy pack check"
  echo
  echo "| 步骤 / step | 结果 / result |"
  echo "|---|---|"
  echo "| validate | $(ok $validate_rc) $(printf '%s\n' "$validate_out" | tail -n 1) |"
  echo "| test | $(ok $test_rc) $(printf '%s\n' "$test_out" | tail -n 1) |"
  if [[ ${#diff_summary[@]} -eq 0 ]]; then summary='—'; else summary=$(printf '%s; ' "${diff_summary[@]}"); summary=${summary%; }; fi
  echo "| diff | $summary |"
  echo
  echo "基线 / base: \`$BASE\` (\`$short\`)$([[ -f $POPULATION ]] && echo "；样本 / population: \`$POPULATION\`")"
  if [[ $validate_rc -ne 0 ]] || tail -n 1 <<<"$validate_out" | grep -Eq '(^|[^0-9])[1-9][0-9]* warning'; then
    echo
    echo "<details$([[ $validate_rc -ne 0 ]] && echo ' open')><summary>validate</summary>"
    echo
    echo '```text'
    printf '%s\n' "$validate_out" | readable
    echo '```'
    echo
    echo '</details>'
  fi
  if [[ $test_rc -ne 0 ]]; then
    echo
    echo "<details open><summary>test</summary>"
    echo
    echo '```text'
    printf '%s\n' "$test_out"
    echo '```'
    echo
    echo '</details>'
  fi
  printf '%s\n' "$diff_md"
} >"$OUT"

echo "report / 报告: $OUT" >&2
exit $status
