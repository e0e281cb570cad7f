# CxO Review — Arabic.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = اللغة

## Words every screen uses

common-save = حفظ
common-cancel = إلغاء
common-delete = حذف
common-edit = تعديل
common-close = إغلاق
common-add = إضافة
common-undo = تراجع
common-retry = أعد المحاولة
common-loading = جارٍ التحميل…
common-saving = جارٍ الحفظ…
common-saved = تم الحفظ
common-yes = نعم
common-no = لا
common-none = لا شيء
common-search = بحث
common-previous = السابق
common-next = التالي

## ITU regions (UNTERM names)

region-AFR = أفريقيا
region-AMS = الأمريكتان
region-ARB = الدول العربية
region-ASP = آسيا والمحيط الهادئ
region-CIS = كومنولث الدول المستقلة
region-EUR = أوروبا
region-TSB = مكتب تقييس الاتصالات

## Kinds of record

kind-organizations = المنظمات
kind-people = الأشخاص
kind-meetings = الاجتماعات
kind-attendance = الحضور
kind-counts = الأعداد حسب المنطقة
kind-priorities = الأولويات
kind-decisions = القرارات
kind-actions = الإجراءات
kind-contributions = المساهمات
kind-action-plan = خطة العمل
kind-objectives = الأهداف
kind-proposals = المقترحات
kind-reviewers = المراجعون
kind-cycles = دورات المراجعة
kind-scores = الدرجات
kind-improvements = التحسينات
