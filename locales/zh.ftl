# CxO Review — Chinese (simplified).
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = 语言

## Words every screen uses

common-save = 保存
common-cancel = 取消
common-delete = 删除
common-edit = 编辑
common-close = 关闭
common-add = 添加
common-undo = 撤销
common-retry = 重试
common-loading = 正在加载…
common-saving = 正在保存…
common-saved = 已保存
common-yes = 是
common-no = 否
common-none = 无
common-search = 搜索
common-previous = 上一页
common-next = 下一页

## ITU regions (UNTERM names)

region-AFR = 非洲
region-AMS = 美洲
region-ARB = 阿拉伯国家
region-ASP = 亚太
region-CIS = 独联体
region-EUR = 欧洲
region-TSB = 电信标准化局

## Kinds of record

kind-organizations = 组织
kind-people = 人员
kind-meetings = 会议
kind-attendance = 出席
kind-counts = 按区域统计
kind-priorities = 优先事项
kind-decisions = 决定
kind-actions = 行动
kind-contributions = 文稿
kind-action-plan = 行动计划
kind-objectives = 目标
kind-proposals = 提案
kind-reviewers = 评审人
kind-cycles = 评审周期
kind-scores = 评分
kind-improvements = 改进
