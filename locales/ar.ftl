# CxO Review — Arabic.
# Status: machine-quality draft. NEEDS REVIEW by a native speaker before a release (docs/translating.md).

## The shell

app-name = CxO Review
language-label = اللغة
shell-unavailable = قاعدة البيانات غير متاحة بعد عطل سابق؛ أعد تشغيل CxO Review
shell-stopped = توقفت العملية على نحو غير متوقع: { $reason }
shell-no-database = لا توجد قاعدة بيانات مفتوحة
shell-team-backup = تُنسخ قاعدة بيانات الفريق احتياطيًا على خادمها باستخدام pg_dump (docs/team.md)
shell-no-package = لا توجد حزمة مراجعة مفتوحة

## Words every screen uses

common-save = حفظ
common-cancel = إلغاء
common-delete = حذف
common-edit = تعديل
common-close = إغلاق
common-add = إضافة
common-undo = تراجع
common-loading = جارٍ التحميل…
common-saving = جارٍ الحفظ…
common-saved = تم الحفظ
common-search = بحث

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

## الأخطاء التي يبلغ عنها النظام

error-invalid = { $problems }
error-import = { $file }: { $count ->
    [zero] لا توجد صفوف خاطئة
    [one] صف واحد خاطئ، لم يُستورد شيء
    [two] صفان خاطئان، لم يُستورد شيء
    [few] { $count } صفوف خاطئة، لم يُستورد شيء
    [many] { $count } صفًا خاطئًا، لم يُستورد شيء
   *[other] { $count } صف خاطئ، لم يُستورد شيء
}
error-import-more = … و{ $count } صفوف خاطئة أخرى غير مدرجة
error-not-found = لا يوجد { $entity } { $key }
error-frozen = دورة المراجعة "{ $cycle }" معتمدة؛ لم يعد من الممكن تغيير درجاتها وأدلتها ومقترحاتها
error-wrong-file = { $name }: { $reason }
error-newer-schema = كُتب { $path } بإصدار أحدث من CxO Review (إصدار المخطط { $found }؛ هذا الإصدار يعرف حتى { $supported }). افتحه بإصدار أحدث، أو استعد نسخة احتياطية.
error-io = { $path }: { $reason }
error-migration = { $path }: فشلت الترقية إلى { $migration }، ولم يتغير شيء: { $reason }
error-render = تعذرت كتابة { $what }: { $reason }
error-no-database = لا توجد قاعدة بيانات في { $path }؛ أنشئ واحدة بالأمر `cxo-review --db { $path } init`، أو تحقق من المسار
error-read-only = { $path } للقراءة فقط: يمكن قراءته، لكن لا يمكن حفظ شيء فيه (تحقق من أذونات الملف، أو انسخه إلى مكان قابل للكتابة)
error-busy = { $path } مشغول: أبقاه { $holder } مقفلًا أكثر من { $waited } ث؛ لم يُحفظ شيء، أعد المحاولة عندما ينتهي
error-connection = تعذر الاتصال بـ { $address }: { $reason }
error-conflict = غيّر { $by } هذا العنصر ({ $entity }) في { $at } بعد أن فتحته؛ لم تُحفظ تغييراتك. أعد تحميله لترى تغييراته، ثم أجرِ تغييراتك مرة أخرى
error-password-needed = يطلب { $address } كلمة مرور
error-denied = رفضت قاعدة بيانات الفريق هذا للمستخدم "{ $user }": { $reason }
error-tampered = اعتُمدت دورة المراجعة "{ $cycle }" بالبصمة { $recorded }، لكن { $now }: لقد غُيّرت خارج CxO Review بعد الاعتماد. استعد نسخة احتياطية أُخذت قبل التغيير (`cxo-review backups list`)، أو اسأل من عدّل الملف
error-damaged = وُجد { $path } تالفًا في { $since } ({ $reason }). استعد نسخة احتياطية سليمة (في التطبيق: الإعدادات ◂ النسخ الاحتياطية؛ في سطر الأوامر: `cxo-review backups restore`)، أو شغّل `cxo-review check` لفحص الملف
error-damaged-with-backup = وُجد { $path } تالفًا في { $since } ({ $reason }). استعد نسخة احتياطية سليمة (في التطبيق: الإعدادات ◂ النسخ الاحتياطية؛ في سطر الأوامر: `cxo-review backups restore` (الأحدث: { $backup }))، أو شغّل `cxo-review check` لفحص الملف
error-unsafe-output = { $path }: { $reason }؛ اختر اسم ملف آخر
error-database = خطأ في قاعدة البيانات أثناء { $operation }: { $reason }
error-json = خطأ داخلي (JSON): { $reason }
error-internal = خطأ داخلي: { $reason }

## مشكلات حقل، تُعرض بجانبه

check-required = مطلوب
check-too-long = أطول من { $max } حرفًا
check-control-character = يحتوي على حرف التحكم { $character } عند الحرف { $at }
check-control-character-one-line = يحتوي على حرف التحكم { $character } عند الحرف { $at }؛ هذا سطر واحد من النص
check-negative = لا يمكن أن يكون سالبًا
check-implausibly-large = كبير على نحو غير معقول (أكثر من { $max })
check-sources-empty = اذكر منظمة مصدر واحدة على الأقل
check-one-or-more = يجب أن يكون 1 أو أكثر
check-telephone = "{ $value }" ليس رقم هاتف (أرقام، +، مسافات، -، .، /، أقواس)
check-email = "{ $value }" ليس عنوان بريد إلكتروني
check-key-spaces = يجب ألا يحتوي على مسافات (مثلًا CTO-2024-01)
check-before-start-date = يسبق تاريخ البدء
check-before-meeting-started = يسبق بدء الاجتماع
check-not-started-planned = الاجتماع الذي لم يبدأ بعد لا يمكن إلا أن يكون مخططًا له
check-exceeds-participants = يتجاوز عدد المشاركين
check-closed-date-required = مطلوب عندما تكون الحالة { $status }
check-closed-date-empty = يجب أن يكون فارغًا ما دامت الحالة { $status }
check-country-required = مطلوب (رمز ISO 3166-1 مثل CH)، باستثناء أمانة الاتحاد
check-country-code = "{ $value }" ليس رمز ISO 3166-1 من حرفين مثل CH أو US
check-unknown-metric = مقياس غير معروف "{ $metric }"؛ المقاييس المعروفة: { $known }
check-metric-twice = المقياس "{ $metric }" مكرر مرتين
check-target-number = يجب أن تكون القيمة المستهدفة رقمًا
check-rubric-levels = يجب ترقيم المستويات 0، 1، 2، … دون فجوات (مستويان على الأقل)
check-rubric-too-many = فيه أكثر من 11 مستوى
check-rubric-label = المستوى { $level } بلا تسمية
check-action-plan-code = يجب أن يُكتب "{ $value }" مثل AP1.1 أو AP5
check-before-period-start = يسبق بداية الفترة
check-quorum = يجب أن يكون بين 1 و100
check-signed-off-at = يُملأ فقط عند اعتماد الدورة
check-level-range = يجب أن يكون مستوى في سلم التقدير بين 0 و10
check-evidence-empty = المرجع ({ $kind }) فارغ
check-invitation = يجب أن يبدأ بعبارة "TSAG is invited to …" (نص الوثيقة، بالإنكليزية)

## التواريخ

dates-format-error = أدخل التاريخ بالشكل YYYY-MM-DD، مثل 2024-10-14، أو بالشكل { $order }
dates-no-such-day = لا يوجد هذا اليوم في التقويم
dates-hint = { $iso } أو { $order }

## شريط القوائم

menu-file = ملف
menu-file-new = قاعدة بيانات جديدة…
menu-file-open = فتح قاعدة بيانات…
menu-file-recent = فتح الأخيرة
menu-file-demo = فتح قاعدة البيانات التجريبية
menu-file-connect = الاتصال بقاعدة بيانات الفريق…
menu-file-package = فتح حزمة مراجعة…
menu-file-backup = نسخ احتياطي الآن
menu-file-import = استيراد…
menu-file-export = تصدير قاعدة البيانات…
menu-file-quit = إنهاء
menu-edit = تحرير
menu-edit-undo = تراجع
menu-edit-redo = إعادة
menu-edit-cut = قص
menu-edit-copy = نسخ
menu-edit-paste = لصق
menu-edit-select-all = تحديد الكل
menu-view = عرض
menu-view-reload = إعادة التحميل
menu-help = مساعدة
menu-about = حول CxO Review
menu-about-comments = تتبّع مشاورات المديرين التنفيذيين ومساهمات القرار 68 ومراجعات عملية CTO/CxO لقطاع تقييس الاتصالات، ورفع التقارير إلى الفريق الاستشاري لتقييس الاتصالات.
menu-recent-none = لم تُفتح أي قاعدة بيانات بعد
menu-recent-clear = مسح القائمة

## المراجعة: التقييم بالدرجات، وعرض المقرر، وحزم المراجعة ووضع المراجع؛ والأهداف وسلالم تقديرها؛ والمراجعون ودورات المراجعة؛ وسجل التغييرات وشاشة النشاط

review-title = المراجعة
review-subtitle = قيّم مدى تحقق كل هدف من أهداف عملية CTO/CxO، مع بيان الأسباب والأدلة.
review-cycle = الدورة
review-new-cycle = دورة جديدة…
review-open-package = فتح حزمة مراجعة…
review-open-package-hint = تقييم حزمة مراجعة دون اتصال (وضع المراجع)
review-scoring-as = التقييم باسم
review-scoring-as-bound = المراجع الذي يقيّم حساب فريقك باسمه
review-choose-who = اختر من أنت…
review-signed-off = تم اعتماد هذه الدورة: درجاتها مجمدة.
review-bound-not-reviewer = يقيّم حساب فريقك باسم { $reviewer }، وهو ليس من مراجعي هذه الدورة: لا يمكنك تقييمها.
review-choose-reviewer = اختر من أنت في «التقييم باسم» قبل التقييم: تُحفظ درجاتك باسم ذلك المراجع.
review-new-cycle-title = دورة مراجعة جديدة
review-cycle-name-example = مراجعة عملية CTO/CxO لعام 2026
review-quorum = النصاب (أقل عدد من الدرجات لكل هدف)
review-create-cycle = إنشاء الدورة
review-tab-scores = درجاتي
review-tab-rapporteur = عرض المقرر
review-level-for = المستوى للهدف { $code }
review-rationale = الأسباب
review-evidence = الأدلة
review-remove-evidence = إزالة { $item }
review-evidence-placeholder = أضف مفتاح اجتماع أو رمز مساهمة أو مؤشرًا
review-evidence-unknown = «{ $typed }» ليس اجتماعًا أو مساهمة أو مؤشرًا من فترة هذه الدورة
review-evidence-indicator = { $label } ({ $value })
review-save-score = حفظ الدرجة
review-saved = تم الحفظ
review-alpha-ordinal = معامل ألفا لكريبندورف (ترتيبي):
review-agreement-more = · فتري { $interval } · اسمي { $nominal } · النصاب { $quorum }
review-objective = الهدف
review-median = الوسيط
review-spread = التباين
review-status = الحالة
review-returned-at = قُيّم دون اتصال وأُعيد في { $date }
review-scored-offline-hidden = (قُيّم دون اتصال)
review-disagree = المراجعون مختلفون
review-disagree-hidden = (المراجعون مختلفون)
review-status-met = متحقق
review-status-partly-met = متحقق جزئيًا
review-status-not-met = غير متحقق
review-status-insufficient-evidence = أدلة غير كافية
review-scored-offline = مُقيّم دون اتصال
review-marked-in-table = مميّزة بالعلامة ↩ في الجدول
review-provenance = { $reviewer }: أُعيدت في { $date } ضمن الحزمة { $package }، موقّعة بالمفتاح { $key }
review-offline-title = المراجعة دون اتصال
review-offline-intro = أعطِ كل مراجع حزمة مراجعة ليقيّمها على حاسوبه؛ ثم ادمج الردود الموقّعة التي يعيدونها.
review-no-cycle = لا توجد دورة مراجعة بعد: أنشئ دورة باستيراد ملف دورات (الإعدادات).

score-level-0 = غير متحقق
score-level-1 = متحقق قليلًا
score-level-2 = متحقق جزئيًا
score-level-3 = متحقق إلى حد كبير
score-level-4 = متحقق تمامًا
score-not-available = غير متاح

draft-kept-hint = محفوظ على هذا الحاسوب إلى أن تحفظه
draft-not-saved = مسودة، لم تُحفظ بعد
draft-discard = تجاهل المسودة

package-folder-title = مجلد حزم المراجعة
package-return-file = رد CxO Review
package-package-file = حزمة CxO Review
package-deadline = تُقبل الردود حتى
package-issue = إصدار الحزم…
package-accept-late = قبول الردود المتأخرة
package-merge = دمج الردود…
package-issued = الحزم المُصدرة (تُقبل الردود حتى { $date })
package-merged = الردود المدمجة
package-refused = مرفوض
package-nothing-written = لم يُكتب أي شيء منه.
package-merged-from = — { $reviewer }، أُعيد في { $date }، المفتاح { $key }
package-unchanged = دون تغيير: { $objectives }
package-conflict = تعارض
package-nothing-changed = لم يتغير شيء
package-no-data = لا بيانات
package-status-choose-level = اختر مستوى لحفظ هذا الهدف
package-status-not-saved = لم يُحفظ
package-status-editing = جارٍ التعديل…
package-status-in-package = محفوظ في الحزمة
package-status-not-scored = لم يُقيّم بعد
package-indicators = المؤشرات
package-header = حزمة المراجعة { $id } · { $file }
package-reviewer = المراجع
package-period = الفترة
package-return-by = الإعادة قبل
package-scored = المُقيّمة
package-progress = { $count ->
        [zero] { $scored } من { $count } هدف
        [one] { $scored } من هدف واحد
        [two] { $scored } من هدفين
        [few] { $scored } من { $count } أهداف
        [many] { $scored } من { $count } هدفًا
       *[other] { $scored } من { $count } هدف
    }
package-indicators-of = مؤشرات الهدف { $code }
package-value = القيمة
package-result = النتيجة
package-rationale-for = أسباب الهدف { $code }
package-evidence-for = أدلة الهدف { $code }
package-remove-evidence = إزالة { $item } من الهدف { $code }
package-add-evidence = إضافة أدلة للهدف { $code }
package-add-evidence-choose = إضافة اجتماع أو مساهمة أو مؤشر…
package-return-title = إعادة درجاتي
package-return-intro = { $count ->
        [zero] لا يتضمن الرد أي درجة من درجاتك. أرسل الملف إلى المقرر.
        [one] يتضمن الرد درجة واحدة من درجاتك، موقّعة بمفتاح يحفظه هذا الحاسوب. أرسل الملف إلى المقرر.
        [two] يتضمن الرد درجتين من درجاتك، موقّعتين بمفتاح يحفظه هذا الحاسوب. أرسل الملف إلى المقرر.
        [few] يتضمن الرد { $count } درجات من درجاتك، موقّعة بمفتاح يحفظه هذا الحاسوب. أرسل الملف إلى المقرر.
        [many] يتضمن الرد { $count } درجة من درجاتك، موقّعة بمفتاح يحفظه هذا الحاسوب. أرسل الملف إلى المقرر.
       *[other] يتضمن الرد { $count } درجة من درجاتك، موقّعة بمفتاح يحفظه هذا الحاسوب. أرسل الملف إلى المقرر.
    }
package-return-choose = إعادة درجاتي…
package-return-beside = الإعادة إلى { $file } بجانب الحزمة
package-returned = { $count ->
        [zero] كُتب رد بلا درجات في { $path }.
        [one] كُتب رد بدرجة واحدة في { $path }.
        [two] كُتب رد بدرجتين في { $path }.
        [few] كُتب رد بـ { $count } درجات في { $path }.
        [many] كُتب رد بـ { $count } درجة في { $path }.
       *[other] كُتب رد بـ { $count } درجة في { $path }.
    }
package-signed-by = موقّع بمفتاح المراجع الخاص بهذا الحاسوب { $key }.
package-tell-fingerprint = أبلغ المقرر بهذه البصمة (هاتفيًا، أو بأي وسيلة غير البريد الإلكتروني الذي يحمل الرد).

objective-saved = تم حفظ الهدف { $code }
objective-deleted = تم حذف الهدف { $code }
objective-rubric-saved = تم حفظ سلّم تقدير الهدف { $code }
objective-unsaved-rubric = سلّم التقدير
objective-subtitle = ما ترمي عملية CTO/CxO إلى تحقيقه، وكيف يُقاس ({ $period })، وكيف يقيّمه المراجعون.
objective-period = من { $from } إلى { $to }
objective-new = هدف جديد
objective-edit = تعديل الهدف
objective-what-new = الهدف الجديد
objective-what = الهدف
objective-save = حفظ الهدف
objective-code = الرمز
objective-source = المصدر
objective-source-example = القرار 68
objective-action-plan-items = بنود خطة العمل (مفصولة بـ ;)
objective-title = العنوان
objective-description = الوصف
objective-indicators-field = المؤشرات، مثل participants_per_meeting >= 15; regions_represented >= 5 (المقاييس في docs/metrics.md)
objective-rubric-default = يبدأ سلّم التقدير من 0 غير متحقق … إلى 4 متحقق تمامًا؛ عدّله بعد ذلك.
objective-edit-named = تعديل الهدف { $code }
objective-delete-named = حذف الهدف { $code }
objective-source-line = المصدر: { $source }
objective-indicator = المؤشر
objective-current = القيمة الحالية
objective-target = القيمة المستهدفة
objective-met = متحقق
objective-missed = غير متحقق
objective-rubric = سلّم التقدير
objective-level-label = تسمية المستوى { $level }
objective-level-label-hidden = (تسمية المستوى { $level })
objective-add-level = إضافة مستوى
objective-remove-level = إزالة الأخير
objective-save-rubric = حفظ سلّم التقدير
objective-edit-rubric = تعديل سلّم التقدير
objective-action-plan-line = خطة العمل: { $items }

reviewer-what = المراجع { $name }
reviewer-name = الاسم
reviewer-affiliation = الانتساب
reviewer-email = البريد الإلكتروني (بيانات شخصية)
reviewer-edit = تعديل المراجع { $name }
reviewer-delete = حذف المراجع { $name }

cycle-saved = تم حفظ { $name }
cycle-intro = تُفتح الدورات الجديدة من شاشة المراجعة. والدورة المعتمدة مجمدة ولا يمكن تعديلها بعد ذلك.
cycle-what = الدورة { $name }
cycle-edit-title = تعديل { $name }
cycle-name = الاسم
cycle-period-from = الفترة من
cycle-period-to = الفترة إلى
cycle-quorum = النصاب (أقل عدد من المراجعين لكل هدف)
cycle-status = الحالة
cycle-option-open = مفتوحة
cycle-option-closed = مغلقة
cycle-objectives-in-scope = الأهداف المشمولة
cycle-period-quorum = { $from } – { $to } · النصاب { $quorum }
cycle-status-open = مفتوحة
cycle-status-closed = مغلقة
cycle-status-signed-off = معتمدة
cycle-edit = تعديل الدورة { $name }
cycle-scope = الأهداف: { $objectives } · المراجعون: { $reviewers }
cycle-none = لا شيء
cycle-empty = لا توجد دورة مراجعة بعد.

signoff-below-quorum = { $quorum ->
        [zero] للهدف { $objective } { $scores } من { $quorum } درجة يتطلبها نصابه (أدلة غير كافية)
        [one] للهدف { $objective } { $scores } من درجة واحدة يتطلبها نصابه (أدلة غير كافية)
        [two] للهدف { $objective } { $scores } من درجتين يتطلبهما نصابه (أدلة غير كافية)
        [few] للهدف { $objective } { $scores } من { $quorum } درجات يتطلبها نصابه (أدلة غير كافية)
        [many] للهدف { $objective } { $scores } من { $quorum } درجة يتطلبها نصابه (أدلة غير كافية)
       *[other] للهدف { $objective } { $scores } من { $quorum } درجة يتطلبها نصابه (أدلة غير كافية)
    }
signoff-not-scored = لم يقيّم { $reviewer } الأهداف { $objectives }

history-title = السجل
history-empty = لم يُسجَّل أي تغيير.
history-no-value = لا قيمة
history-restored = أُعيد { $field } إلى { $value }؛ وتُسجَّل الاستعادة تغييرًا قائمًا بذاته
history-by = بواسطة { $who }
history-joined = { $count ->
        [zero] { $count } قيد، واحد لكل عنصر
        [one] قيد واحد، واحد لكل عنصر
        [two] قيدان، واحد لكل عنصر
        [few] { $count } قيود، واحد لكل عنصر
        [many] { $count } قيدًا، واحد لكل عنصر
       *[other] { $count } قيد، واحد لكل عنصر
    }
history-restore = استعادة
history-restore-named = إعادة { $field } إلى { $value }
history-value-yes = نعم
history-value-no = لا
history-operation-insert = إنشاء
history-operation-update = تعديل
history-operation-delete = حذف
history-what-insert = إنشاء: { $kind } { $key }
history-what-update = تعديل: { $kind } { $key }
history-what-delete = حذف: { $kind } { $key }
history-batch-kind = { $kind }: { $count }
history-batch-what = { $count ->
        [zero] لا قيود: { $kinds }
        [one] قيد واحد: { $kinds }
        [two] قيدان: { $kinds }
        [few] { $count } قيود: { $kinds }
        [many] { $count } قيدًا: { $kinds }
       *[other] { $count } قيد: { $kinds }
    }
history-cause-detail = { $cause } ({ $detail })
history-cause-form = نموذج
history-cause-capture = إدخال
history-cause-import = استيراد
history-cause-merge = دمج
history-cause-restore = استعادة
history-cause-copy = نسخ
history-cause-migration = ترحيل
history-cause-command-line = سطر الأوامر
history-cause-outside = خارجي
history-kind-organizations = المنظمات
history-kind-people = الأشخاص
history-kind-meetings = الاجتماعات
history-kind-attendance = الحضور
history-kind-counts = الأعداد
history-kind-priorities = الأولويات
history-kind-decisions = القرارات
history-kind-actions = الإجراءات
history-kind-contributions = المساهمات
history-kind-action-plan = خطة العمل
history-kind-objectives = الأهداف
history-kind-proposals = المقترحات
history-kind-reviewers = المراجعون
history-kind-cycles = الدورات
history-kind-scores = الدرجات
history-kind-improvements = التحسينات

activity-title = النشاط
activity-intro = كل تغيير في سجل كما دوّنته قاعدة البيانات: من أجراه ومتى ولماذا. ويظهر الاستيراد في سطر واحد.
activity-by = بواسطة
activity-any-login = أي اسم دخول
activity-kind = النوع
activity-cause = السبب
activity-any = الكل
activity-from = من
activity-to = إلى
activity-show = عرض
activity-empty = لا يوجد تغيير مطابق.
activity-batch = الدفعة { $batch }
activity-batch-newest = الدفعة { $batch } — أحدث { $shown } من { $count } قيدًا
activity-record = السجل
activity-change = التغيير
activity-more = عرض { $count } إضافية

## الأشخاص والمنظمات، والمساهمات، والمقترحات والتصدير، والإجراءات، وخطة العمل، ونماذج السجلات والقوائم

directory-title = الأشخاص والمنظمات
directory-subtitle = من يمكن إدراجه في قائمة المشاركين في اجتماع، والمنظمة والبلد اللذان يُحتسب كل منهم في إطارهما.
directory-duplicates = التكرارات…
directory-list = القائمة
directory-tab-people = الأشخاص ({ $count })
directory-tab-organizations = المنظمات ({ $count })
directory-saved = تم حفظ { $name }
directory-deleted = تم حذف { $name }
directory-edit-title = تعديل { $name }
directory-delete-label = حذف { $name }
person-new = شخص جديد
person-what-new = الشخص الجديد
person-search-placeholder = الاسم، الدور، المنظمة…
person-column-name = الاسم
person-column-role = الدور
person-column-title = المنصب
person-column-organization = المنظمة
person-field-name = الاسم
person-field-role = الدور
person-field-title = المنصب
person-field-organization = المنظمة
person-field-email = البريد الإلكتروني
person-field-phone = الهاتف
person-personal-data = البريد الإلكتروني والهاتف بيانات شخصية: لا تُدرج في عمليات التصدير الموجهة إلى الفريق الاستشاري لتقييس الاتصالات ما لم يُطلب ذلك.
person-role-delegate = مندوب
person-role-expert = خبير
person-role-staff = موظف
organization-new = منظمة جديدة
organization-what-new = المنظمة الجديدة
organization-search-placeholder = الاسم، الفئة، البلد…
organization-column-name = الاسم
organization-column-category = الفئة
organization-column-country = البلد
organization-field-name = الاسم
organization-field-category = الفئة
organization-field-country = البلد (لا يُترك فارغاً إلا لأمانة الاتحاد)
organization-category-member-state = دولة عضو
organization-category-sector-member = عضو قطاع
organization-category-associate = منتسب
organization-category-academia = مؤسسة أكاديمية
organization-category-non-member = غير عضو
organization-category-secretariat = أمانة الاتحاد
contribution-subtitle = المساهمات المقدمة بموجب القرار 68 ومقترحاتها وما اتُّخذ بشأنها، مربوطةً بأهداف العملية.
contribution-new = مساهمة جديدة
contribution-what-new = المساهمة الجديدة
contribution-what = المساهمة { $symbol }
contribution-edit-title = تعديل { $symbol }
contribution-edit = تعديل المساهمة
contribution-saved = تم حفظ { $symbol }
contribution-deleted = تم حذف { $symbol }
contribution-delete-label = حذف المساهمة { $symbol }
contribution-column-symbol = الرمز
contribution-column-date = التاريخ
contribution-column-title = العنوان
contribution-column-sources = المصادر
contribution-column-agreed = المتفق عليها
contribution-title-base = وثيقة أساسية: { $title }
contribution-search-placeholder = الرمز، العنوان، المصدر…
contribution-show = عرض
contribution-show-all = جميع المساهمات
contribution-show-pending = ذات المقترحات المعلقة
contribution-show-base = الوثيقة الأساسية
contribution-field-symbol = الرمز
contribution-field-date = التاريخ
contribution-field-considered-at = نُظر فيها في
contribution-considered-at-example = الفريق الاستشاري لتقييس الاتصالات، 26–30 يناير 2026
contribution-field-title = العنوان
contribution-field-sources = المنظمات المصدر (مفصولة بـ ;)
contribution-field-reproduced-in = مستنسخة في (الوثيقة التي يُستنسخ فيها نصها، مثل TSAG-TD267)
contribution-field-base-document = وثيقة أساسية تُدعى المساهمات بشأنها
contribution-proposal-what-new = المقترح الجديد
contribution-proposal-what = المقترح { $seq } من { $symbol }
contribution-proposal-field-number = الرقم
contribution-proposal-field-text = المقترح
contribution-proposal-field-objectives = الأهداف (مفصولة بـ ;)
contribution-proposal-disposition = ما اتُّخذ بشأنه
contribution-proposal-pending = معلق
contribution-proposal-agreed = متفق عليه
contribution-proposal-noted = أُحيط به علماً
contribution-proposal-not-agreed = غير متفق عليه
contribution-proposal-edit-label = تعديل المقترح { $seq }
contribution-proposal-delete-label = حذف المقترح { $seq }
contribution-proposal-deleted = تم حذف المقترح { $seq }
contribution-proposal-none = لم يُسجَّل أي مقترح.
contribution-proposal-new = مقترح جديد
contribution-proposal-add = إضافة المقترح
proposal-title = المقترحات والتصدير
proposal-subtitle = مقترحات التحسين للأهداف غير المحققة، والاعتماد، والملخص الموجه إلى الفريق الاستشاري لتقييس الاتصالات.
proposal-cycle = الدورة
proposal-cycle-option = { $name } ({ $status })
proposal-cycle-open = مفتوحة
proposal-cycle-closed = مغلقة
proposal-cycle-signed-off = معتمدة
proposal-draft = صياغة المقترحات
proposal-sign-off = اعتماد…
proposal-signed-off-at = اعتُمدت في { $date }
proposal-digest = البصمة
proposal-drafted-report = ما صيغ: { $draftedCount ->
        [0] لا شيء
       *[other] { $drafted }
    }. ما أعيدت صياغته: { $redraftedCount ->
        [0] لا شيء
       *[other] { $redrafted }
    }. ما أُبقي كما عُدّل: { $keptCount ->
        [0] لا شيء
       *[other] { $kept }
    }.
proposal-sign-off-confirm = هل تريد اعتماد «{ $name }»؟ ستُجمَّد درجاتها وأدلتها ومقترحاتها ولن يمكن تغييرها بعد ذلك.
proposal-sign-off-incomplete = لم تكتمل بعد:
proposal-sign-off-complete = قيّم كل مستعرض كل هدف.
proposal-signed-off = تم الاعتماد. البصمة { $digest }
proposal-saved = تم حفظ المقترح؛ لن تعيد الصياغة الآلية كتابته بعد الآن.
proposal-field-title = العنوان
proposal-field-text = النص
proposal-field-invitation = الفريق الاستشاري لتقييس الاتصالات مدعو إلى …
proposal-field-status = الحالة
proposal-status-draft = مسودة
proposal-status-agreed = متفق عليه
proposal-status-submitted = مقدَّم
proposal-status-rejected = مرفوض
proposal-tag-draft = مسودة
proposal-tag-agreed = متفق عليه
proposal-tag-submitted = مقدَّم
proposal-tag-rejected = مرفوض
proposal-origin-drafted = مصاغ آلياً
proposal-origin-edited = معدَّل
proposal-origin-manual = يدوي
proposal-action-number = الإجراء { $number }:
proposal-none = لا توجد مقترحات بعد. يصوغ زر «صياغة المقترحات» مقترحاً لكل هدف يرى الاستعراض أنه لم يتحقق.
export-title = التصدير
export-document-language = لغة الوثيقة
export-document-language-help = الإنكليزية هي لغة العمل في الفريق الاستشاري لتقييس الاتصالات لوثائقه المؤقتة؛ وتعطي اللغات الأخرى النص الثابت للملخص بتلك اللغة (وتبقى البيانات كما كُتبت).
export-include-confidential = تضمين بيانات الاتصال الشخصية والملاحظات الخاضعة لقاعدة تشاتام هاوس
export-word = Word (.docx)
export-markdown = Markdown
export-json = JSON
export-workbook = مصنف (.xlsx)
export-summary-filter = الملخص ({ $format })
export-saved = تم الحفظ في { $path }
export-saved-rows = { $count ->
        [zero] حُفظ { $count } صف في { $path }
        [one] حُفظ صف واحد في { $path }
        [two] حُفظ صفان في { $path }
        [few] حُفظت { $count } صفوف في { $path }
        [many] حُفظ { $count } صفاً في { $path }
       *[other] حُفظ { $count } صف في { $path }
    }
export-one-table = جدول واحد بنسق CSV
export-table = الجدول
export-this-cycle = هذه الدورة
export-database = قاعدة البيانات
export-table-results = النتائج
export-table-scores = الدرجات
export-table-indicators = المؤشرات
export-table-metrics = المقاييس
export-table-improvements = التحسينات
export-table-objectives = الأهداف
export-table-organizations = المنظمات
export-table-people = الأشخاص
export-table-meetings = الاجتماعات
export-table-attendance = الحضور
export-table-counts = الأعداد
export-table-actions = الإجراءات
export-table-contributions = المساهمات
export-table-proposals = المقترحات
export-table-statistics = الإحصاءات
export-save-csv = حفظ بنسق CSV…
document-header-note = ترويسة الوثيقة المؤقتة (TD)، محفوظة لهذه الدورة.
document-header-note-signed-off = ترويسة الوثيقة المؤقتة (TD)، محفوظة لهذه الدورة (يمكن أن تتغير حتى بعد الاعتماد).
document-field-td-number = رقم الوثيقة TD (يخصصه مكتب تقييس الاتصالات)
document-field-place-and-date = مكان وتاريخ اجتماع الفريق الاستشاري لتقييس الاتصالات
document-place-and-date-example = جنيف، 26–30 يناير 2026
document-field-source = المصدر
document-contact = جهة الاتصال
document-field-contact-name = الاسم
document-field-contact-organization = المنظمة أو الصفة
document-field-contact-country = البلد
document-field-contact-tel = الهاتف
document-field-contact-email = البريد الإلكتروني
document-options-save = حفظ الخيارات
document-options-saved = تم حفظ خيارات الوثيقة لهذه الدورة.
actions-subtitle = إجراءات المتابعة لكل اجتماع. يُرحَّل الإجراء المفتوح إلى كل اجتماع لاحق إلى أن يُغلق.
actions-search-placeholder = النص، المسؤول، الاجتماع…
actions-show = عرض
actions-filter-open = المفتوحة
actions-filter-overdue = المتأخرة
actions-filter-all = الكل
actions-column-due = الموعد النهائي
actions-column-action = الإجراء
actions-column-owner = المسؤول
actions-column-meeting = الاجتماع
actions-column-status = الحالة
actions-status-open = مفتوح
actions-status-open-overdue = مفتوح (متأخر)
actions-status-in-progress = قيد التنفيذ
actions-status-in-progress-overdue = قيد التنفيذ (متأخر)
actions-status-done = منجز
actions-status-dropped = ملغى
actions-saved = تم حفظ الإجراء
actions-deleted = تم حذف الإجراء
actions-edit-title = تعديل الإجراء
actions-meeting-owner = { $meeting } · المسؤول { $owner }
actions-meeting-owner-due = { $meeting } · المسؤول { $owner } · الموعد النهائي { $date }
actions-overdue = متأخر
actions-status = الحالة
actions-status-option-open = مفتوح
actions-status-option-in-progress = قيد التنفيذ
actions-status-option-done = منجز
actions-status-option-dropped = ملغى
actions-closed-on = أُغلق في { $date }
actions-delete-label = حذف الإجراء: { $text }
plan-new = بند جديد
plan-code = الرمز
plan-pillar = الركيزة
plan-title = العنوان
plan-status = الحالة
plan-edit-or-delete = تعديل أو حذف
plan-pillar-raising-awareness = التوعية
plan-pillar-adding-value = إضافة القيمة
plan-pillar-attracting-members = استقطاب أعضاء قطاع جدد محتملين
plan-pillar-strategic-mapping = المواءمة مع الخطة الاستراتيجية للاتحاد ومؤشراتها
plan-status-planned = مخطط
plan-status-in-progress = قيد التنفيذ
plan-status-done = منجز
plan-saved = تم حفظ { $code }
plan-deleted = تم حذف { $code }
plan-what-new = بند خطة العمل الجديد
plan-what = بند خطة العمل
plan-edit-label = تعديل { $code }
plan-delete-label = حذف { $code }
plan-none = لم يُسجَّل أي بند في خطة العمل.
record-correct-fields = يُرجى تصحيح الحقول المحددة أدناه.
record-field-message = { $field }: { $message }
record-load-theirs = تحميل نسختهم
record-unsaved = تغييرات غير محفوظة
record-history = السجل
table-count = { $shown } من { $total }
table-sort-by = الفرز حسب { $column }
table-no-match = لا يطابق أي صف البحث.
table-empty = لا يوجد ما يُعرض بعد.
indicator-meetings_held = اجتماعات المديرين التنفيذيين المعقودة
indicator-participants_per_meeting = عدد المشاركين في كل اجتماع
indicator-executives_per_meeting = عدد المديرين التنفيذيين في كل اجتماع
indicator-regions_represented = المناطق الممثَّلة
indicator-developing_region_share = نسبة المشاركين من أفريقيا والدول العربية وآسيا والمحيط الهادئ
indicator-tsb_share = نسبة مكتب تقييس الاتصالات من المشاركين
indicator-distinct_organizations = المنظمات المختلفة
indicator-first_time_organizations = المنظمات المشاركة لأول مرة
indicator-priorities_per_meeting = الأولويات في كل بيان
indicator-actions_done_share = إنجاز إجراءات المتابعة
indicator-median_days_to_close = الوسيط لعدد الأيام اللازمة لإغلاق إجراء
indicator-overdue_actions = الإجراءات المتأخرة
indicator-communique_latency_days = التأخر في نشر البيان (بالأيام)
indicator-contributions_received = المساهمات المقدمة بموجب القرار 68
indicator-contribution_source_categories = فئات مصادر المساهمات
indicator-contribution_source_regions = مناطق مصادر المساهمات
indicator-proposals_agreed_share = نسبة المقترحات المتفق عليها

## الإعدادات ولوحاتها: قاعدة البيانات، والنسخ الاحتياطية، وسلة المحذوفات، والاتصال بالفريق، وهوية المراجع، واللغة؛ واستيراد جداول البيانات والتكرارات المحتملة

settings-title = الإعدادات
settings-intro = قاعدة البيانات، ومن يسجّل الدرجات على هذا الحاسوب، واللغة.
settings-language-help = تتغير لغة النافذة فورًا، ويُحفظ الاختيار للتشغيل التالي. أما ملخصات المراجعة فلها لغتها الخاصة التي تُختار عند التصدير.
settings-language-draft = الترجمات إلى لغات غير الإنكليزية بانتظار مراجعتها من ناطقين أصليين بها.
settings-database = قاعدة البيانات
settings-team-database = قاعدة بيانات للفريق على خادوم PostgreSQL، مشتركة مع الفريق.
settings-team-user = أنت متصل بصفة { $login } ({ $role }).
settings-team-user-scoring = أنت متصل بصفة { $login } ({ $role })، وتسجّل الدرجات باسم { $reviewer }.
settings-team-outsider = أنت متصل بصفة { $login } (خارج الفريق: بالصلاحيات التي يمنحها الخادوم نفسه).
settings-team-outsider-scoring = أنت متصل بصفة { $login } (خارج الفريق: بالصلاحيات التي يمنحها الخادوم نفسه)، وتسجّل الدرجات باسم { $reviewer }.
settings-role-staff = موظف
settings-role-reviewer = مراجع
settings-role-rapporteur = مقرر
settings-team-rights = يحدد الخادوم ما يمكن لكل اسم دخول القيام به، وتُنسخ قاعدة البيانات احتياطيًا هناك (docs/team.md).
settings-file-database = ملف SQLite واحد يضم كل شيء. وهو يحتوي على بيانات اتصال شخصية وملاحظات خاضعة لقاعدة تشاتام هاوس: احفظه حيث يحفظ مكتب تقييس الاتصالات مثل هذه البيانات.
settings-open = فتح…
settings-new = إنشاء…
settings-connect = الاتصال بقاعدة بيانات فريق…
settings-back-up = نسخ احتياطي…
settings-backup-file-kind = نسخة احتياطية
settings-export = تصدير الكل بصيغة JSON…
settings-open-demo = فتح قاعدة البيانات التجريبية
settings-backups = النسخ الاحتياطية
settings-trash = سلة المحذوفات
settings-import-title = استيراد ملف
settings-import-help = ملف CSV أو JSON، على النحو الموصوف في docs/formats.md. يُرفض الملف كله إذا احتوى على أي صف خاطئ، وتُدرج جميع الصفوف الخاطئة.
settings-import-kind = يحتوي الملف على
settings-import-all = تصدير قاعدة البيانات بأكملها
settings-import = استيراد…
settings-import-file-kind = CSV أو JSON
settings-imported =
    { $count ->
        [zero] لم يُستورد أي سجل من { $path }
        [one] استُورد سجل واحد من { $path }
        [two] استُورد سجلان من { $path }
        [few] استُوردت { $count } سجلات من { $path }
        [many] استُورد { $count } سجلًا من { $path }
       *[other] استُورد { $count } سجل من { $path }
    }
settings-import-row = السطر { $line }: { $message }
settings-import-row-column = السطر { $line }، { $column }: { $message }
settings-reviewer-identity = هوية المراجع
settings-reviewer-help = تُسجَّل الدرجات التي تدخلها في شاشة «المراجعة» تحت هذا الاسم.
settings-scoring-as = تسجيل الدرجات باسم
settings-choose = — اختر —
settings-bound-reviewer = يسجّل اسم دخولك في الفريق الدرجات باسم { $name }؛ ولا يقبل الخادوم منه أي اسم آخر.
settings-add-reviewer-title = إضافة مراجع
settings-reviewer-name = الاسم
settings-reviewer-affiliation = جهة الانتماء
settings-reviewer-email = البريد الإلكتروني (بيانات شخصية)
settings-add-reviewer = إضافة المراجع
settings-reviewer-added = أُضيف المراجع { $name }
settings-about = حول البرنامج
settings-about-text = CxO Review { $version }. لوحة المفاتيح: Alt+1 … Alt+9 (أو Ctrl+1 … Ctrl+9) للتنقل بين الشاشات؛ ومفاتيح الأسهم وEnter للتنقل في القوائم.
database-file-kind = قاعدة بيانات CxO Review
database-created = أُنشئت قاعدة البيانات { $path }
database-opened = فُتحت قاعدة البيانات { $path }
database-demo-opened = فُتحت قاعدة البيانات التجريبية ({ $path })، وقد أُنشئت من جديد
database-exported = صُدّرت قاعدة البيانات بأكملها إلى { $path }
backup-done = حُفظت نسخة احتياطية في { $path }
backup-none = لا توجد نسخ احتياطية بعد. تُنشأ نسخة كل يوم عندما يكون التطبيق خاملًا، وقبل كل ترقية.
backup-caption = تُحفظ في المجلد «backups» بجوار قاعدة البيانات؛ أحدث خمس نسخ من كل نوع.
backup-made = تاريخ الإنشاء
backup-why = السبب
backup-size = الحجم
backup-action = الإجراء
backup-reason-daily = يومية
backup-reason-manual = بناءً على طلب
backup-reason-before-upgrade = قبل ترقية
backup-reason-before-restore = قبل استعادة
backup-restore = استعادة…
backup-restore-label = استعادة النسخة الاحتياطية المؤرخة { $made }
backup-restore-question = هل تريد استبدال قاعدة البيانات بالنسخة الاحتياطية المؤرخة { $made }؟ سيُحتفظ بمحتواها الحالي في نسخة احتياطية «قبل استعادة».
backup-restored = استُعيدت النسخة الاحتياطية المؤرخة { $made }
backup-now = نسخ احتياطي الآن
connect-title = الاتصال بقاعدة بيانات فريق
connect-help = قاعدة بيانات على خادوم PostgreSQL يستخدمها عدة أشخاص في آن واحد (docs/team.md). ويحدد الخادوم ما يمكن لاسم دخولك القيام به. ولا تُستخدم كلمة المرور إلا لهذا الاتصال: فهي لا تُحفظ أبدًا.
connect-url = عنوان URL للخادوم
connect-password = كلمة المرور
connect-submit = اتصال
connect-connecting = جارٍ الاتصال…
trash-none = سلة المحذوفات فارغة. يُحفظ هنا كل ما تحذفه، مع ما حُذف معه، إلى أن تُفرَّغ السلة.
trash-caption = ما حُذف، مع ما حُذف معه؛ ويعيده زر «استعادة» كما كان.
trash-deleted = تاريخ الحذف
trash-what = المحذوف
trash-action = الإجراء
trash-deleted-by = بواسطة { $name }
trash-contents = ومعه { $contents }
trash-restore = استعادة
trash-restore-label = استعادة { $label }
trash-restored = استُعيد: { $label }
trash-empty-ask = تفريغ سلة المحذوفات…
trash-empty-question = هل تريد تفريغ سلة المحذوفات؟
trash-empty-warning = لا يمكن لاحقًا استعادة ما يُحذف نهائيًا.
trash-delete-for-good = الحذف نهائيًا
trash-every-entry = جميع الإدخالات ({ $count })
trash-older-than =
    الإدخالات المحذوفة منذ أكثر من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } ({ $count })
trash-empty = تفريغ سلة المحذوفات
trash-deleted-for-good =
    { $count ->
        [zero] لم يُحذف أي إدخال
        [one] حُذف إدخال واحد نهائيًا
        [two] حُذف إدخالان نهائيًا
        [few] حُذفت { $count } إدخالات نهائيًا
        [many] حُذف { $count } إدخالًا نهائيًا
       *[other] حُذف { $count } إدخال نهائيًا
    }
sheet-title = استيراد قائمة المشاركين
sheet-help = جدول بيانات (.xlsx أو .xls أو .ods أو .csv) بأعمدته الخاصة، بالإنكليزية أو الفرنسية أو الإسبانية: قائمة بالمشاركين، أو أعداد حسب المنطقة (عمود للمناطق وآخر للمشاركين). لا يُحفظ شيء حتى تضغط على «استيراد»؛ ويمكن التراجع عن الاستيراد بعد ذلك.
sheet-choose = اختيار جدول بيانات…
sheet-file-kind = جدول بيانات
sheet-source-workbook = الورقة «{ $sheet }»، { $format }
sheet-source-text = { $encoding }، الفاصل «{ $delimiter }»
sheet-header-row = العناوين في الصف { $row }
sheet-rows =
    { $count ->
        [zero] { $count } صف
        [one] صف واحد
        [two] صفان
        [few] { $count } صفوف
        [many] { $count } صفًا
       *[other] { $count } صف
    }
sheet-step-columns = 1. الأعمدة
sheet-mapping = المطابقة
sheet-mapping-recognised = مستخلصة من العناوين
sheet-mapping-name = اسم المطابقة
sheet-mapping-name-example = الاسم، مثل: تسجيل الاتحاد (بالفرنسية)
sheet-mapping-save = حفظ المطابقة
sheet-mapping-saved = حُفظت المطابقة «{ $name }»: يمكن أن تُقرأ بها الورقة التالية ذات التخطيط نفسه.
sheet-date-order = التواريخ المكتوبة بالأرقام فقط (03/04/2025)
sheet-date-order-ask = اسألني عندما يتعذر تحديد الترتيب
sheet-date-order-day-first = اليوم أولًا (3 نيسان/أبريل)
sheet-date-order-month-first = الشهر أولًا (4 آذار/مارس)
sheet-column = العمود
sheet-read-as = تُقرأ بوصفها
sheet-row-number = الصف { $row }
sheet-read-column-as = قراءة العمود { $column } بوصفه
sheet-not-read = لا تُقرأ
sheet-field-full-name = الاسم الكامل
sheet-field-last-name = اسم العائلة
sheet-field-first-name = الاسم الأول
sheet-field-organization = المنظمة
sheet-field-country = البلد
sheet-field-title = المسمى الوظيفي
sheet-field-role = الدور (CEO، CTO…)
sheet-field-email = البريد الإلكتروني
sheet-field-phone = الهاتف
sheet-field-participation = المشاركة
sheet-field-region = المنطقة (الأعداد)
sheet-field-participants = المشاركون (الأعداد)
sheet-field-executives = المديرون التنفيذيون (الأعداد)
sheet-field-meeting-key = مفتاح الاجتماع (السجل)
sheet-field-meeting-title = عنوان الاجتماع (السجل)
sheet-field-meeting-kind = نوع الاجتماع (السجل)
sheet-field-start-date = اليوم الأول (السجل)
sheet-field-end-date = اليوم الأخير (السجل)
sheet-field-venue = المكان (السجل)
sheet-field-host = الجهة المضيفة (السجل)
sheet-field-documents = الوثائق (السجل)
sheet-field-attendance-mode = طريقة تسجيل الحضور (السجل)
sheet-field-outcomes = النتائج (السجل)
sheet-step-matches = 2. الأسماء المطابَقة مع الدليل
sheet-row = الصف
sheet-in-sheet = في الورقة
sheet-found = النتيجة
sheet-taken-as = يُعتمد بوصفه
sheet-band-auto = مطابَق
sheet-band-review = للمراجعة
sheet-band-new = جديد
sheet-take-as = اعتماد { $name } بوصفه
sheet-new-record = سجل جديد
sheet-step-import = 3. الاستيراد
sheet-summary = سيُنشأ: { $created }؛ وسيُغيَّر: { $changed }.
sheet-summary-roster = سيُنشأ: { $created }؛ وسيُغيَّر في قائمة المشاركين في { $meeting }: { $changed }.
sheet-count-organizations =
    { $count ->
        [zero] { $count } منظمة
        [one] منظمة واحدة
        [two] منظمتان
        [few] { $count } منظمات
        [many] { $count } منظمةً
       *[other] { $count } منظمة
    }
sheet-count-people =
    { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
sheet-count-attendance =
    { $count ->
        [zero] { $count } سجل حضور
        [one] سجل حضور واحد
        [two] سجلا حضور
        [few] { $count } سجلات حضور
        [many] { $count } سجلًا للحضور
       *[other] { $count } سجل حضور
    }
sheet-count-counts =
    { $count ->
        [zero] { $count } سجل أعداد
        [one] سجل أعداد واحد
        [two] سجلا أعداد
        [few] { $count } سجلات أعداد
        [many] { $count } سجلًا للأعداد
       *[other] { $count } سجل أعداد
    }
sheet-count-meetings =
    { $count ->
        [zero] { $count } اجتماع
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $count } اجتماعات
        [many] { $count } اجتماعًا
       *[other] { $count } اجتماع
    }
sheet-count-decisions =
    { $count ->
        [zero] { $count } قرار
        [one] قرار واحد
        [two] قراران
        [few] { $count } قرارات
        [many] { $count } قرارًا
       *[other] { $count } قرار
    }
sheet-count-actions =
    { $count ->
        [zero] { $count } إجراء
        [one] إجراء واحد
        [two] إجراءان
        [few] { $count } إجراءات
        [many] { $count } إجراءً
       *[other] { $count } إجراء
    }
sheet-count-priorities =
    { $count ->
        [zero] { $count } أولوية
        [one] أولوية واحدة
        [two] أولويتان
        [few] { $count } أولويات
        [many] { $count } أولويةً
       *[other] { $count } أولوية
    }
sheet-list-separator = { "، " }
sheet-nothing = لا شيء
sheet-problem-row = الصف { $row }
sheet-import = استيراد
sheet-imported = تم الاستيراد. أُنشئ ما يلي: { $created }. وكل ما كتبه الاستيراد يحمل رقم الدفعة { $batch }.
sheet-undone = تم التراجع: عدد السجلات المحذوفة { $deleted }، وعدد السجلات المعادة إلى ما كانت عليه { $restored }.
sheet-undo = التراجع عن هذا الاستيراد
duplicate-title = التكرارات المحتملة
duplicate-looking = جارٍ البحث…
duplicate-none-organizations = لا توجد منظمتان متشابهتان.
duplicate-none-people = لا يوجد شخصان متشابهان.
duplicate-score = درجة التشابه
duplicate-one = الأول
duplicate-other = الآخر
duplicate-merge = الدمج
duplicate-keep = الإبقاء على «{ $name }»
duplicate-merged = دُمج «{ $absorbed }» في «{ $kept }»: عدد المراجع المنقولة { $count }.
duplicate-undone = تم التراجع عن الدمج: عدد السجلات المعادة إلى ما كانت عليه { $count }.

## The window's shell, the dashboard, the meetings and their forms, and the dialogs and notices every screen shares

screen-dashboard = لوحة المعلومات
screen-meetings = الاجتماعات
screen-directory = الأشخاص والمنظمات
screen-actions = الإجراءات
screen-contributions = المساهمات
screen-objectives = الأهداف
screen-review = المراجعة
screen-proposals = المقترحات والتصدير
screen-settings = الإعدادات
screen-activity = سجل النشاط

app-tagline = عملية CTO/CxO في قطاع تقييس الاتصالات
app-nav-screens = الشاشات
app-nav-package = حزمة المراجعة
app-screen-error = تعذّر تحميل الشاشة: { $message }
app-package-file-type = حزمة مراجعة CxO Review
app-reviewer-mode = وضع المراجِع
app-reviewer-mode-intro = تقييم حزمة مراجعة دون اتصال: لا حاجة إلى قاعدة بيانات. يُحفظ كل تغيير في ملف الحزمة.
app-open-package = فتح حزمة مراجعة…
app-back-to-database = العودة إلى قاعدة البيانات
app-package-error-title = تعذّر فتح حزمة المراجعة
app-open-another-package = فتح حزمة مراجعة أخرى…
app-dismiss = إغلاق
app-backed-up = أُنشئت نسخة احتياطية: { $path }
app-opened = فُتح { $path }
app-demo-mark = قاعدة البيانات التجريبية
app-scores-as = يقيّم بصفته { $reviewer }
app-demo-banner = هذه هي { $demo }: اجتماعات ومراجعات وهمية لتجربة CxO Review. أما بياناتك فمكانها قاعدة بيانات خاصة بك.
app-demo-banner-database = قاعدة البيانات التجريبية
app-create-own = إنشاء قاعدة بيانات خاصة بك…
app-open-database = فتح قاعدة بيانات…
app-recovery-title = تعذّر فتح قاعدة البيانات
app-connect-team = الاتصال بقاعدة بيانات فريق…
app-restore-backup = استعادة نسخة احتياطية
app-open-other = أو فتح قاعدة أخرى
app-create-new = إنشاء قاعدة بيانات جديدة…
app-open-demo = فتح قاعدة البيانات التجريبية
app-read-only = قاعدة البيانات هذه للقراءة فقط: يمكنك الاطلاع على كل شيء، لكن لا يمكن حفظ أي شيء.
app-others-saved = حفظ شخص آخر تغييرات.
app-reload = إعادة التحميل

title-package = { $package } — وضع المراجِع — CxO Review
title-database = { $database } — CxO Review
title-team-login = { $database } ({ $login }) — CxO Review
title-team-database = { $database } على { $host }
title-user-line = { $login } · { $role }
title-role-staff = موظف
title-role-reviewer = مراجِع
title-role-rapporteur = مقرر
title-not-in-team = ليس ضمن الفريق

dashboard-title = لوحة المعلومات
dashboard-intro = مشاركة كبار المسؤولين التنفيذيين في لمحة: المشاركة حسب المنطقة على مر الزمن، والمتابعة، والمساهمات، والمراجعة الجارية.
dashboard-meetings-held =
    { $count ->
        [zero] اجتماعات معقودة
        [one] اجتماع معقود
        [two] اجتماعان معقودان
        [few] اجتماعات معقودة
        [many] اجتماعًا معقودًا
       *[other] اجتماع معقود
    }
dashboard-planned = مقرر عقدها: { $count }
dashboard-open-actions =
    { $count ->
        [zero] إجراءات مفتوحة
        [one] إجراء مفتوح
        [two] إجراءان مفتوحان
        [few] إجراءات مفتوحة
        [many] إجراءً مفتوحًا
       *[other] إجراء مفتوح
    }
dashboard-overdue = متأخرة: { $count }
dashboard-contributions =
    { $count ->
        [zero] مساهمات في إطار القرار 68
        [one] مساهمة في إطار القرار 68
        [two] مساهمتان في إطار القرار 68
        [few] مساهمات في إطار القرار 68
        [many] مساهمة في إطار القرار 68
       *[other] مساهمة في إطار القرار 68
    }
dashboard-proposals-pending = مقترحات قيد الانتظار: { $count }
dashboard-scored = نسبة التقييم في المراجعة الجارية
dashboard-no-cycle = لا توجد دورة مراجعة بعد
dashboard-participation = المشاركة حسب المنطقة
dashboard-axis = المشاركون
dashboard-chart-label = المشاركون في كل سنة حسب المنطقة؛ ترد الأرقام بعد ذلك في جدول
dashboard-show-figures = عرض الأرقام في جدول
dashboard-figures-caption = المشاركون في كل سنة حسب المنطقة
dashboard-year = السنة
dashboard-executives-title = كبار المسؤولين التنفيذيين والمنظمات الجديدة
dashboard-meetings = الاجتماعات
dashboard-executives = كبار المسؤولين التنفيذيين
dashboard-first-time = منظمات تشارك لأول مرة
dashboard-overdue-title = الإجراءات الأكثر تأخرًا
dashboard-no-overdue = لا يوجد إجراء متأخر.
dashboard-due = الموعد النهائي
dashboard-action = الإجراء
dashboard-owner = المسؤول
dashboard-meeting = الاجتماع

meeting-list-title = الاجتماعات
meeting-list-intro = اجتماعات CTO، وموائد CxO المستديرة، والمشاورات الثنائية، واجتماعات RG-IEM، وورش العمل.
meeting-new = اجتماع جديد
meeting-list-label = الاجتماعات
meeting-search-placeholder = المفتاح، العنوان، المكان…
meeting-kind-filter = النوع
meeting-all-kinds = جميع الأنواع
meeting-kind-cto = اجتماع CTO
meeting-kind-roundtable = مائدة CxO المستديرة
meeting-kind-bilateral = ثنائي
meeting-kind-bilateral-consultation = مشاورة ثنائية
meeting-kind-rg-iem = اجتماع RG-IEM
meeting-kind-workshop = ورشة عمل
meeting-column-key = المفتاح
meeting-column-date = التاريخ
meeting-column-kind = النوع
meeting-column-title = العنوان
meeting-column-venue = المكان
meeting-column-participants = المشاركون
meeting-column-open-actions = الإجراءات المفتوحة
meeting-column-status = الحالة
meeting-status-planned = مقرر
meeting-status-held = معقود
meeting-status-reported = صدر تقريره

meeting-form-new-title = اجتماع جديد
meeting-form-edit-title = تعديل الاجتماع
meeting-form-error = يُرجى تصحيح الحقول المشار إليها أدناه.
meeting-what-new = الاجتماع الجديد
meeting-what-existing = الاجتماع { $key }
meeting-field-key = المفتاح
meeting-field-kind = النوع
meeting-field-status = الحالة
meeting-form-status-planned = مقرر
meeting-form-status-held = معقود
meeting-form-status-reported = صدر تقريره
meeting-field-title = العنوان
meeting-field-start = البداية
meeting-field-end = النهاية
meeting-field-venue = المكان (أو «electronic»)
meeting-field-host = الجهة المضيفة
meeting-field-attendance = تسجيل الحضور
meeting-mode-roster = قائمة بالأسماء
meeting-mode-counts = الأعداد حسب المنطقة
meeting-field-documents = عدد الوثائق
meeting-field-report = مرجع التقرير
meeting-field-report-date = تاريخ التقرير
meeting-field-communique-date = تاريخ نشر البلاغ
meeting-field-communique = البلاغ
meeting-field-notes = ملاحظات (قاعدة تشاتام هاوس — لا تُدرج في ما يُصدَّر إلى الفريق الاستشاري لتقييس الاتصالات (TSAG))
meeting-save = حفظ الاجتماع

meeting-back = الاجتماعات
meeting-history = السجل
meeting-import-participants = استيراد قائمة المشاركين…
meeting-import-counts = استيراد الأعداد حسب المنطقة…
meeting-delete-confirm = هل تريد حذف { $key } مع بيانات الحضور والنتائج؟ سينتقل إلى سلة المحذوفات (الإعدادات)، ويمكن استعادته منها.
meeting-unsaved-entries = الإدخالات الجديدة للاجتماع
meeting-row-error = السطر { $line }: { $message }
meeting-added-to-roster = أُضيف { $name } إلى قائمة المشاركين
meeting-counts-saved = حُفظت الأعداد
meeting-region-error = { $region }: { $message }
meeting-entry-saved = { $name }: حُفظ
meeting-moved-up = نُقل { $topic } إلى أعلى
meeting-moved-down = نُقل { $topic } إلى أسفل
meeting-capture-saved = حُفظ: القرارات { $decisions }، الإجراءات { $actions }، الأولويات { $priorities }
meeting-statistics = الإحصاءات
meeting-communique = البلاغ
meeting-communique-published = البلاغ (نُشر في { $date })
meeting-roster = قائمة المشاركين
meeting-attended-count = (الحاضرون: { $count })
meeting-person = الشخص
meeting-person-placeholder = الاسم
meeting-status = الحالة
meeting-attendance-attended = حضر
meeting-attendance-registered = مسجَّل
meeting-attendance-invited = مدعو
meeting-executive = مسؤول تنفيذي
meeting-new-to-directory = جديد في الدليل:
meeting-role = الدور
meeting-role-delegate = مندوب
meeting-role-expert = خبير
meeting-role-staff = موظف
meeting-organization = المنظمة
meeting-name = الاسم
meeting-region = المنطقة
meeting-executive-column = مسؤول تنفيذي
meeting-remove = إزالة
meeting-status-of = حالة { $name }
meeting-is-executive = { $name } مسؤول تنفيذي
meeting-remove-from-roster = إزالة { $name } من قائمة المشاركين
meeting-participants-per-region = المشاركون حسب المنطقة
meeting-participants = المشاركون
meeting-of-whom-executives = منهم مسؤولون تنفيذيون
meeting-executives-from = المسؤولون التنفيذيون من { $region }
meeting-save-counts = حفظ الأعداد
meeting-outcomes = النتائج
meeting-priorities = الأولويات
meeting-priority-what = الأولوية «{ $topic }»
meeting-topic = الموضوع
meeting-move-up = نقل { $topic } إلى أعلى
meeting-move-down = نقل { $topic } إلى أسفل
meeting-edit-priority = تعديل الأولوية { $topic }
meeting-delete-priority = حذف الأولوية { $topic }
meeting-new-priority = أولوية جديدة
meeting-decisions = القرارات
meeting-decision-what = القرار
meeting-decision = القرار
meeting-edit-decision = تعديل القرار: { $text }
meeting-delete-decision = حذف القرار: { $text }
meeting-new-decision = قرار جديد
meeting-follow-up = إجراءات المتابعة
meeting-action = الإجراء
meeting-owner = المسؤول
meeting-due = الموعد النهائي
meeting-edit-or-delete = تعديل أو حذف
meeting-action-status-open = مفتوح
meeting-action-status-in-progress = قيد التنفيذ
meeting-action-status-done = منجز
meeting-action-status-dropped = متروك
meeting-edit-action = تعديل الإجراء: { $text }
meeting-delete-action = حذف الإجراء: { $text }
meeting-new-action = إجراء جديد
meeting-carried = مُرحَّلة من اجتماعات سابقة
meeting-carried-due = ، الموعد النهائي { $date }
meeting-quick-capture = الإدخال السريع
meeting-capture-help = نتيجة واحدة في كل سطر:
meeting-capture-action-example = ACTION: owner | text | due 2026-03-01
meeting-preview = معاينة
meeting-save-outcomes = حفظ النتائج
meeting-line = السطر
meeting-becomes = يصبح
meeting-text = النص
meeting-not-saved = — (لن يُحفظ)
meeting-capture-decision = قرار
meeting-capture-action = إجراء
meeting-capture-priority = أولوية

action-what = الإجراء
action-field-text = الإجراء
action-field-owner = المسؤول
action-field-due = الموعد النهائي
action-field-status = الحالة
action-status-open = مفتوح
action-status-in-progress = قيد التنفيذ
action-status-done = منجز
action-status-dropped = متروك
action-field-closed = تاريخ الإغلاق

stats-participants = عدد المشاركين
stats-documents = عدد الوثائق
stats-report = تقرير الاجتماع
stats-column = الاجتماع { $number } ({ $month })

date-format = YYYY-MM-DD

unsaved-title = تغييرات غير محفوظة
unsaved-text = توجد تغييرات لم تُحفظ بعد: { $what }.
unsaved-keep = مواصلة التعديل
unsaved-discard = تجاهل التغييرات
unsaved-two = { $first } و{ $second }
unsaved-many =
    { $count ->
        [zero] { $first } و{ $second }
        [one] { $first } و{ $second } وعنصر آخر
        [two] { $first } و{ $second } وعنصران آخران
        [few] { $first } و{ $second } و{ $count } عناصر أخرى
        [many] { $first } و{ $second } و{ $count } عنصرًا آخر
       *[other] { $first } و{ $second } و{ $count } عنصر آخر
    }

toast-deleted = حُذف: { $label }
toast-deleted-with = حُذف: { $label }، ومعه { $contents }
toast-restored = استُعيد: { $label }
toast-dismiss = إغلاق

## The review summary to TSAG

summary-union = الاتحاد الدولي للاتصالات
summary-sector = قطاع تقييس الاتصالات
summary-study-period = فترة الدراسة { $period }
summary-tsag = الفريق الاستشاري لتقييس الاتصالات
summary-original = الأصل: بالعربية
summary-questions = المسألة (المسائل):
summary-questions-none = لا ينطبق
summary-no-td-number = لم يُخصَّص رقم الوثيقة المؤقتة (TD) بعد
summary-running-td = وثيقة مؤقتة (TD) للفريق الاستشاري لتقييس الاتصالات
summary-label-source = المصدر:
summary-label-title = العنوان:
summary-label-purpose = الغرض:
summary-label-contact = جهة الاتصال:
summary-label-keywords = الكلمات الرئيسية:
summary-label-abstract = الملخص:
summary-contact-tel = الهاتف: { $number }
summary-contact-email = البريد الإلكتروني: { $address }
summary-title = استعراض عملية CTO/CxO: { $cycle }
summary-draft = مسودة — دورة المراجعة "{ $cycle }" غير معتمدة؛ وقد تتغير أرقامها
summary-purpose-information = معلومات
summary-purpose-proposal = اقتراح
summary-keywords = القرار 68؛ عملية CTO/CxO؛ مشاركة دوائر الصناعة؛ استعراض
summary-date = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
summary-month = { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
summary-period = من { $from } إلى { $to }
summary-list-comma = { $head }، { $next }
summary-list-and = { $head } و{ $last }
summary-abstract-review = تعرض هذه الوثيقة استعراض عملية CTO/CxO خلال الفترة { $period }، الذي أجراه { $reviewers ->
        [zero] { $reviewers } مراجع
        [one] مراجع واحد
        [two] مراجعان
        [few] { $reviewers } مراجعين
        [many] { $reviewers } مراجعًا
       *[other] { $reviewers } مراجع
    }.
summary-abstract-objectives = من بين { $objectives ->
        [zero] { $objectives } هدف
        [one] هدف واحد
        [two] هدفين
        [few] { $objectives } أهداف
        [many] { $objectives } هدفًا
       *[other] { $objectives } هدف
    }، { $statuses }.
summary-abstract-first-met = { $count ->
        [zero] { $count } منها متحققة
        [one] واحد منها متحقق
        [two] اثنان منها متحققان
        [few] { $count } منها متحققة
        [many] { $count } منها متحققة
       *[other] { $count } منها متحققة
    }
summary-abstract-first-partly-met = { $count ->
        [zero] { $count } منها متحققة جزئيًا
        [one] واحد منها متحقق جزئيًا
        [two] اثنان منها متحققان جزئيًا
        [few] { $count } منها متحققة جزئيًا
        [many] { $count } منها متحققة جزئيًا
       *[other] { $count } منها متحققة جزئيًا
    }
summary-abstract-first-not-met = { $count ->
        [zero] { $count } منها غير متحققة
        [one] واحد منها غير متحقق
        [two] اثنان منها غير متحققين
        [few] { $count } منها غير متحققة
        [many] { $count } منها غير متحققة
       *[other] { $count } منها غير متحققة
    }
summary-abstract-first-insufficient = { $count ->
        [zero] { $count } منها تفتقر إلى أدلة كافية
        [one] واحد منها يفتقر إلى أدلة كافية
        [two] اثنان منها يفتقران إلى أدلة كافية
        [few] { $count } منها تفتقر إلى أدلة كافية
        [many] { $count } منها تفتقر إلى أدلة كافية
       *[other] { $count } منها تفتقر إلى أدلة كافية
    }
summary-abstract-met = { $count } متحققة
summary-abstract-partly-met = { $count } متحققة جزئيًا
summary-abstract-not-met = { $count } غير متحققة
summary-abstract-insufficient = { $count } تفتقر إلى أدلة كافية
summary-abstract-no-draft = ولم يُصَغ بعد أي تحسين للأهداف غير المتحققة.
summary-abstract-no-proposal = ولا تقترح الوثيقة أي تحسين.
summary-abstract-proposals = وتقترح الوثيقة { $count ->
        [zero] { $count } تحسين
        [one] تحسينًا واحدًا
        [two] تحسينين
        [few] { $count } تحسينات
        [many] { $count } تحسينًا
       *[other] { $count } تحسين
    } لينظر فيها الفريق الاستشاري لتقييس الاتصالات.
summary-heading-introduction = مقدمة
summary-intro-request = دُعي الفريق الاستشاري لتقييس الاتصالات إلى استعراض عملية CTO/CxO الحالية لتحديد ما إذا كانت أهدافها تتحقق، وما إذا كان من الممكن إدخال تحسينات لزيادة تعزيز مشاركة كبار المسؤولين التنفيذيين في الترتيبات التشاورية مع مكتب تقييس الاتصالات.
summary-intro-base = وفيما يتعلق بالقرار 68، فإن { $symbol } هي الوثيقة الأساسية التي دُعي إلى تقديم مساهمات بشأنها.
summary-intro-base-reproduced = وفيما يتعلق بالقرار 68، فإن { $symbol } (المستنسخة في { $reproduced }) هي الوثيقة الأساسية التي دُعي إلى تقديم مساهمات بشأنها.
summary-intro-period = يغطي هذا الاستعراض الفترة { $period }.
summary-intro-reviewers = { $reviewers ->
        [zero] قيّم { $reviewers } مراجع
        [one] قيّم مراجع واحد
        [two] قيّم مراجعان
        [few] قيّم { $reviewers } مراجعين
        [many] قيّم { $reviewers } مراجعًا
       *[other] قيّم { $reviewers } مراجع
    } كل هدف من أهداف العملية وفقًا لسلّم التقدير الخاص به، مع تعليل وأدلة؛ وترد الأهداف ومؤشراتها وسلالم تقديرها في الملحق A.
summary-intro-meetings = { $meetings ->
        [zero] يلخص الملحق B الاجتماعات المعقودة خلال الفترة، وعددها { $meetings }.
        [one] يلخص الملحق B الاجتماع الوحيد المعقود خلال الفترة.
        [two] يلخص الملحق B الاجتماعَين المعقودَين خلال الفترة.
        [few] يلخص الملحق B الاجتماعات المعقودة خلال الفترة، وعددها { $meetings }.
        [many] يلخص الملحق B الاجتماعات المعقودة خلال الفترة، وعددها { $meetings }.
       *[other] يلخص الملحق B الاجتماعات المعقودة خلال الفترة، وعددها { $meetings }.
    }
summary-heading-results = النتائج
summary-results-rule = يكون الهدف متحققًا عندما تبلغ الدرجة الوسيطة ثلاثة أرباع سلّم تقديره، ومتحققًا جزئيًا ابتداءً من النصف، وغير متحقق دون ذلك؛ وإذا قلّ عدد الدرجات عن { $quorum ->
        [zero] { $quorum } درجة
        [one] درجة واحدة
        [two] درجتين
        [few] { $quorum } درجات
        [many] { $quorum } درجة
       *[other] { $quorum } درجة
    } كانت الأدلة غير كافية.
summary-results-agreement = تبلغ درجة الاتفاق بين المراجعين خلال الدورة (معامل ألفا لكريبندورف، ترتيبي) { $alpha } على { $objectives ->
        [zero] { $objectives } هدف
        [one] هدف واحد
        [two] هدفين
        [few] { $objectives } أهداف
        [many] { $objectives } هدفًا
       *[other] { $objectives } هدف
    } قيّمه مراجعان على الأقل.
summary-alpha-none = غير قابلة للحساب
summary-results-disagreement = يختلف المراجعون اختلافًا ملحوظًا (بتباين لا يقل عن نصف سلّم التقدير) بشأن { $objectives }.
summary-table-results = الجدول 1 – أهداف عملية CTO/CxO
summary-table-indicators = الجدول 2 – المؤشرات مقارنةً بقيمها المستهدفة
summary-column-objective = الهدف
summary-column-status = الحالة
summary-column-median = الوسيط
summary-column-spread = التباين
summary-column-reviewers = المراجعون
summary-column-agreement = الاتفاق
summary-column-indicator = المؤشر
summary-column-value = القيمة
summary-column-target = القيمة المستهدفة
summary-column-met = متحقق
summary-status-met = متحقق
summary-status-partly-met = متحقق جزئيًا
summary-status-not-met = غير متحقق
summary-status-insufficient = أدلة غير كافية
summary-agreement-divided = متباين
summary-agreement-consistent = متسق
summary-yes = نعم
summary-no = لا
summary-not-applicable = لا ينطبق
summary-heading-proposals = التحسينات المقترحة
summary-action = الإجراء { $number }:
summary-no-proposal = لا يقترح الاستعراض أي تحسين: فكل هدف متحقق كليًا أو جزئيًا، أو يفتقر إلى الأدلة.
summary-no-proposal-unmet = لم يُصَغ بعد أي تحسين { $count ->
        [zero] للأهداف غير المتحققة
        [one] للهدف غير المتحقق
        [two] للهدفين غير المتحققين
        [few] للأهداف غير المتحققة
        [many] للأهداف غير المتحققة
       *[other] للأهداف غير المتحققة
    } ({ $objectives }).
summary-no-proposal-draft = يُرجى صياغة المقترحات قبل تقديم هذه الوثيقة.
summary-annex-objectives = الملحق A: الأهداف وسلّم التقدير
summary-annex-source = المصدر:
summary-annex-rubric = سلّم التقدير:
summary-annex-indicators = المؤشرات:
summary-annex-statistics = الملحق B: { $statistics }، ومشاورات كبار المسؤولين التنفيذيين وفريق المقرر التابع للفريق الاستشاري لتقييس الاتصالات المعني بمشاركة دوائر الصناعة والمقاييس (RG-IEM)
summary-statistics-title = إحصاءات الاجتماعات، من { $from } إلى { $to }
summary-no-meeting = لم يُعقد أي اجتماع خلال الفترة.
summary-digest = بصمة المحتوى: { $digest }

## حالات الرفض التي يصوغها النظام: مشكلة حقل، وما لا تسمح به حالة قاعدة البيانات، والبيانات المخزنة التي يلزم تصحيحها، ونتائج الفحص؛ ومشكلات أسطر الإدخال السريع وخلايا الورقة وعناوين الملف

invalid-duplicates-kind = يُبحث عن التكرارات بين المنظمات والأشخاص، لا بين "{ $kind }"
invalid-merge-into-itself = لا يمكن دمج سجل في نفسه
invalid-no-record-named = لا يوجد في "{ $kind }" سجل باسم "{ $name }"
invalid-merge-kind = لا تُدمج إلا المنظمات والأشخاص، لا "{ $kind }"
invalid-sheet-empty = { $file }: الملف فارغ
invalid-sheet-protected = { $file }: المصنف محمي بكلمة مرور؛ احفظ نسخة غير محمية منه واستخدمها
invalid-sheet-damaged = { $file }: تتعذر قراءة المصنف ({ $reason })؛ ربما يكون تالفًا، أو ليس جدول بيانات
invalid-sheet-no-such-sheet = { $file }: لا توجد في المصنف ورقة باسم "{ $sheet }"؛ أوراقه: { $sheets }
invalid-sheet-no-sheet = { $file }: لا توجد في المصنف أي ورقة
invalid-sheet-unreadable = { $file }: { $reason }
invalid-no-meeting-key = لا يوجد اجتماع مفتاحه "{ $key }"
invalid-unknown-batch = لا يوجد استيراد رقم دفعته "{ $batch }" (يسردها الأمر `cxo-review history --activity`)
invalid-batch-not-import = تحتوي الدفعة "{ $batch }" على إدخال من نوع "{ $cause }"، لا على إدخال استيراد أو دمج
invalid-mapping-name = أعطِ المطابقة اسمًا لتتمكن من العثور عليها
invalid-file-exists = { $path } موجود بالفعل؛ اختر اسم ملف جديدًا
invalid-not-a-field = ليس حقلًا من حقول "{ $kind }"؛ حقوله: { $fields }
invalid-not-a-number = "{ $value }" ليس رقمًا
invalid-not-true-or-false = "{ $value }" ليس true (صحيح) ولا false (خطأ)
invalid-no-record-key = لا يوجد في "{ $kind }" سجل مفتاحه "{ $key }"
invalid-key-ambiguous = { $count ->
        [zero] لا سجلات في "{ $kind }" مفتاحها "{ $key }"
        [one] سجل واحد في "{ $kind }" مفتاحه "{ $key }"
        [two] سجلان في "{ $kind }" مفتاحهما "{ $key }"
        [few] { $count } سجلات في "{ $kind }" مفتاحها "{ $key }"
        [many] { $count } سجلًا في "{ $kind }" مفتاحها "{ $key }"
       *[other] { $count } سجل في "{ $kind }" مفتاحها "{ $key }"
    }
invalid-no-backups = لا توجد لـ { $path } نسخ احتياطية للاستعادة
invalid-not-cycle-reviewer = "{ $name }" ليس مراجعًا في دورة المراجعة "{ $cycle }"؛ مراجعوها: { $reviewers }
invalid-no-keys-folder = يتعذر العثور على مجلد شخصي لمفتاح المراجع؛ عيّن CXO_REVIEW_KEYS
invalid-return-over-package = { $path } هو حزمة المراجعة نفسها: اكتب الرد في ملف مستقل (.cxoreturn)
invalid-cycle-table = "{ $table }" جدول من جداول دورة المراجعة: حدّد الدورة بالخيار --cycle
invalid-unknown-table = جدول غير معروف "{ $table }"؛ الجداول: { $tables }
invalid-unknown-cycle-table = جدول غير معروف "{ $table }"؛ جداول الدورة: { $tables }
invalid-version = الإصدار عدد صحيح
invalid-proposal-number-taken = لدى { $contribution } بالفعل مقترح رقمه { $number }
invalid-symbol-taken = مساهمة رمزها "{ $symbol }" مسجلة بالفعل
invalid-objective-named-by-proposals = { $count ->
        [zero] المقترحات { $names } تذكر هذا الهدف: أزله منها أولًا، حتى يمكن التراجع عن حذفه
        [one] المقترح { $names } يذكر هذا الهدف: أزله منه أولًا، حتى يمكن التراجع عن حذفه
        [two] المقترحان { $names } يذكران هذا الهدف: أزله منهما أولًا، حتى يمكن التراجع عن حذفه
        [few] المقترحات { $names } تذكر هذا الهدف: أزله منها أولًا، حتى يمكن التراجع عن حذفه
        [many] المقترحات { $names } تذكر هذا الهدف: أزله منها أولًا، حتى يمكن التراجع عن حذفه
       *[other] المقترحات { $names } تذكر هذا الهدف: أزله منها أولًا، حتى يمكن التراجع عن حذفه
    }
invalid-action-plan-item-named-by-objectives = { $count ->
        [zero] الأهداف { $names } تذكر بند خطة العمل هذا: أزله منها أولًا، حتى يمكن التراجع عن حذفه
        [one] الهدف { $names } يذكر بند خطة العمل هذا: أزله منه أولًا، حتى يمكن التراجع عن حذفه
        [two] الهدفان { $names } يذكران بند خطة العمل هذا: أزله منهما أولًا، حتى يمكن التراجع عن حذفه
        [few] الأهداف { $names } تذكر بند خطة العمل هذا: أزله منها أولًا، حتى يمكن التراجع عن حذفه
        [many] الأهداف { $names } تذكر بند خطة العمل هذا: أزله منها أولًا، حتى يمكن التراجع عن حذفه
       *[other] الأهداف { $names } تذكر بند خطة العمل هذا: أزله منها أولًا، حتى يمكن التراجع عن حذفه
    }
invalid-team-name-too-long = اسم قاعدة البيانات "{ $name }" أطول مما يلزم لفريق: أدوار مجموعاتها (مثل "{ $role }") لا يمكن أن تتجاوز { $longest } بايت، لذا لا يمكن أن يتجاوز الاسم { $most } بايت
invalid-login-length = اسم الدخول من 1 إلى 63 حرفًا
invalid-unknown-reviewer-add = مراجع غير معروف "{ $name }"؛ أضف المراجع أولًا
invalid-new-login-password = "{ $login }" اسم دخول جديد: يلزمه كلمة مرور
invalid-postgres-url = { $url } ليس عنوان URL لقاعدة PostgreSQL: { $reason }
invalid-memory-no-backups = قاعدة البيانات الموجودة في الذاكرة ليست لها نسخ احتياطية
invalid-unknown-action-plan-item = بند خطة عمل غير معروف "{ $key }"
invalid-unknown-contribution = مساهمة غير معروفة "{ $key }"
invalid-unknown-country-code = رمز بلد غير معروف "{ $key }"
invalid-unknown-meeting = اجتماع غير معروف "{ $key }"
invalid-unknown-objective = هدف غير معروف "{ $key }"
invalid-unknown-organization = منظمة غير معروفة "{ $key }"
invalid-unknown-person = شخص غير معروف "{ $key }"
invalid-unknown-cycle = دورة مراجعة غير معروفة "{ $key }"
invalid-unknown-reviewer = مراجع غير معروف "{ $key }"
invalid-unknown-record = "{ $key }" غير معروف ({ $entity })
invalid-no-home-folder = يتعذر العثور على مجلد شخصي لقاعدة البيانات؛ حدّد --db المسار
invalid-meeting-key-taken = يوجد بالفعل اجتماع مفتاحه "{ $key }"
invalid-organization-taken = توجد بالفعل منظمة باسم "{ $name }"
invalid-person-taken = يوجد شخص مسجل بالفعل باسم "{ $name }"؛ أضف إلى الاسم تفصيلًا يميّزه
invalid-objective-code-taken = يوجد بالفعل هدف رمزه "{ $code }"
invalid-action-plan-code-taken = بند خطة العمل { $code } موجود بالفعل
invalid-rubric-scored-level = قيّم مراجعون هذا الهدف بالمستوى { $level }؛ أبقِ سلم التقدير حتى هذا المستوى
invalid-reviewer-taken = يوجد بالفعل مراجع باسم "{ $name }"
invalid-cycle-taken = توجد بالفعل دورة مراجعة باسم "{ $name }"
invalid-meeting-keeps-counts = يسجل الاجتماع "{ $key }" الحضور أعدادًا حسب المنطقة؛ غيّر أولًا طريقة تسجيل حضوره إلى قائمة بالأسماء
invalid-meeting-keeps-roster = يسجل الاجتماع "{ $key }" الحضور قائمةً بالأسماء؛ غيّر أولًا طريقة تسجيل حضوره إلى الأعداد حسب المنطقة
invalid-mode-has-counts = لديه أعداد حسب المنطقة؛ احذفها قبل التحول إلى قائمة بالأسماء
invalid-mode-has-roster = لديه قائمة بالأسماء؛ احذفها قبل التحول إلى الأعداد حسب المنطقة
invalid-already-on-roster = { $person } موجود بالفعل في قائمة المشاركين في { $meeting }
invalid-count-taken = لدى { $meeting } بالفعل عدد للمنطقة { $region }
invalid-rank-taken = لدى { $meeting } بالفعل أولوية في المرتبة { $rank }
invalid-decision-twice = يسجل { $meeting } هذا القرار بالفعل
invalid-action-twice = يسجل { $meeting } هذا الإجراء بالفعل
invalid-outcome-twice = يسجل { $meeting } هذا العنصر ({ $table }) بالفعل
invalid-no-cycle-named = لا توجد دورة مراجعة باسم "{ $cycle }"
invalid-document-options-taken = لدورة المراجعة "{ $cycle }" خيارات وثيقة بالفعل
invalid-still-referred = لا تزال سجلات أخرى تشير إلى هذا العنصر ({ $entity })؛ احذفها أولًا
invalid-objective-scored = للهدف { $code } درجات في هذه الدورة ويجب أن يبقى فيها
invalid-reviewer-scored = قيّم { $name } في هذه الدورة ويجب أن يبقى فيها
invalid-new-cycle-signed-off = لا يمكن أن تبدأ دورة جديدة معتمدة؛ اعتمدها بعد التقييم
invalid-sign-off-by-command = اعتمد الدورة بأمر الاعتماد (sign-off)، الذي يسجل بصمتها
invalid-not-reviewer-of = { $reviewer } ليس مراجعًا في { $cycle }
invalid-objective-out-of-scope = الهدف { $objective } ليس ضمن نطاق { $cycle }
invalid-not-rubric-level = { $level } ليس مستوى في سلم تقدير { $objective } ({ $levels })
invalid-already-scored = قيّم { $reviewer } بالفعل { $objective } في { $cycle }
invalid-unknown-indicator = مؤشر غير معروف "{ $key }"
invalid-proposal-title-taken = يوجد بالفعل مقترح بهذا العنوان لهذا الهدف
invalid-objective-not-in-package = "{ $objective }" ليس في حزمة المراجعة هذه؛ أهدافها: { $objectives }
invalid-not-package-level = { $level } ليس مستوى في سلم تقدير { $objective }: { $levels }
invalid-evidence-not-in-package = { $evidence } ليس من أدلة حزمة المراجعة هذه
invalid-import-extension = { $path }: حدّد ملفًا بامتداد .csv أو .json
invalid-demo-scale = يجب أن يكون "{ $scale }" عددًا من السنوات مثل 10y (من 1y إلى 50y)
invalid-period-end = { $to } يسبق بداية الفترة ({ $from })
precondition-batch-undone = سبق التراجع عن الدفعة { $batch }، تراجع عنها { $who } في { $at }
precondition-batch-built-on = لا يمكن التراجع عن الدفعة { $batch }: تغيّر { $changed } منذ ذلك الحين؛ تراجع عن ذلك التغيير أو احذفه أولًا، ثم تراجع عن الدفعة
precondition-batch-record-changed = لم يعد { $kind } { $key } على الحال التي تركته عليها الدفعة
precondition-copy-target-not-empty = يحتوي { $target } بالفعل على سجلات: انسخ إلى قاعدة بيانات جديدة فارغة
precondition-package-no-scores = لا يحتوي { $path } على أي درجات بعد؛ قيّم هدفًا أولًا
precondition-swap-meetings = لا يمكن لأولويات اجتماعين مختلفين ({ $first } و{ $second }) أن تتبادل مراتبها
precondition-server-empty = { $address } قاعدة بيانات فارغة: هيّئها أولًا بالأمر `cxo-review --db { $address } team init`
precondition-no-team = ليس لـ { $address } فريق بعد: هيّئه أولًا بالأمر `cxo-review --db { $address } team init`
precondition-server-test-schema = إصدار مخطط { $address } هو { $version }، من إصدار تجريبي من CxO Review سابق لأول إصدار لقواعد بيانات الفرق؛ انسخ بياناته بدلًا من ذلك إلى قاعدة بيانات جديدة (`cxo-review copy`)
precondition-not-team = قاعدة البيانات هذه ملف: يعمل الفريق على قاعدة بيانات في خادوم PostgreSQL (docs/team.md)
precondition-restore-open = { $path } مفتوح في { $holder }؛ أغلقه هناك، ثم أعد الاستعادة (لم يتغير شيء)
precondition-team-backup = تُنسخ قاعدة بيانات الفريق احتياطيًا على خادومها، باستخدام pg_dump (docs/team.md، "Backups")
precondition-sign-off-no-scores = لا درجات بعد في "{ $cycle }"؛ لا يوجد ما يُعتمد
precondition-return-late = أُعيد { $file } في { $returned }، بعد الموعد النهائي ({ $deadline })؛ لقبوله ادمجه باستخدام --accept-late
precondition-return-older = أُعيد { $file } في { $returned }، قبل الرد المدمج بالفعل ({ $last }): من شأنه أن يلغي درجات أحدث
precondition-generate-not-empty = تحتوي قاعدة البيانات بالفعل على بيانات؛ أنشئ البيانات في قاعدة بيانات جديدة (--db ملف-جديد)
precondition-demo-not-empty = تحتوي قاعدة البيانات بالفعل على بيانات؛ حمّل العرض التوضيحي في قاعدة بيانات جديدة (--db ملف-جديد)
precondition-team-backups-command = تُنسخ قاعدة بيانات الفريق احتياطيًا على خادومها، باستخدام pg_dump (docs/team.md)؛ يعمل `backups` على ملفات قواعد البيانات
inconsistent-unknown-kind = قيمة غير معروفة "{ $kind }"؛ القيم المتوقعة: { $expected }
inconsistent-history-record = { $kind } { $key }: { $reason }
inconsistent-history-fields = { $kind } { $key }: حقوله المسجلة لا تشكّل سجلًا
inconsistent-wrong-values = { $count ->
        [zero] لا قيم في قاعدة البيانات تخالف نوع عمودها
        [one] قيمة واحدة في قاعدة البيانات ليست من نوع عمودها
        [two] قيمتان في قاعدة البيانات ليستا من نوع عموديهما
        [few] { $count } قيم في قاعدة البيانات ليست من نوع أعمدتها
        [many] { $count } قيمة في قاعدة البيانات ليست من نوع أعمدتها
       *[other] { $count } قيمة في قاعدة البيانات ليست من نوع أعمدتها
    }، لذا لا يمكن قراءة جميع سجلاتها: { $values }؛ يضعها `cxo-review check --repair` جانبًا (ويحتفظ بها)، وبعدها ينجح التصدير؛ لم يُكتب شيء
inconsistent-copy-differs = النسخة في { $copy } تختلف عن { $source } بعد تصديرها؛ لا تستخدمها
inconsistent-trash-unreadable = العنصر المحذوف { $label } ليس وثيقة مقروءة: { $reason }
inconsistent-trash-foreign-section = يحتوي العنصر المحذوف { $label } على { $section }، وهو ما لا يحتفظ به حذف "{ $kind }" أبدًا: لم يضعه CxO Review في سلة المحذوفات، ولم يُستعد شيء
inconsistent-trash-document-options = يحتوي العنصر المحذوف { $label } على خيارات وثيقة لدورة: لم يُستعد شيء
inconsistent-trash-other-score = وُضع العنصر المحذوف { $label } في سلة المحذوفات بحساب { $reviewer }، لكنه يحتوي على درجة لـ { $other }: لم يُستعد شيء
inconsistent-trash-score-of-nobody = وُضع العنصر المحذوف { $label } في سلة المحذوفات بحساب { $reviewer }، لكنه يحتوي على درجة بلا مراجع: لم يُستعد شيء
inconsistent-trash-kind = يحتوي إدخال سلة المحذوفات رقم { $entry } على سجلات من نوع غير معروف "{ $kind }"
inconsistent-counts-beyond-bounds = مجموع الأعداد المخزنة ({ $counts }) يتجاوز ما يمكن عدّه (لا يجوز أن يتجاوز أي عدد { $most }؛ وقد كُتبت هذه الأعداد خارج CxO Review)؛ صحّحها في الاجتماع
inconsistent-meeting-uncountable = الاجتماع { $meeting }: مجموع أعداد المشاركين المخزنة يتجاوز ما يمكن عدّه؛ صحّح بيانات الحضور المخزنة له
inconsistent-year-uncountable = اجتماعات { $year }: مجموع أعداد المشاركين المخزنة يتجاوز ما يمكن عدّه؛ صحّح بيانات الحضور المخزنة لها
inconsistent-meetings-year = اجتماعات محسوبة تحت السنة { $year }
inconsistent-meeting-date = يبدأ اجتماع في "{ $date }"، وهذا ليس تاريخًا
inconsistent-signing-key = مفتاح التوقيع الخاص بقاعدة البيانات تالف
inconsistent-package-scores = حزمة المراجعة { $package }: تتعذر قراءة درجاتها الصادرة ({ $reason })
inconsistent-participants-overflow = الاجتماع { $meeting }: مجموع مشاركيه حسب المنطقة ({ $counts }) يتجاوز ما يمكن عدّه؛ صحّح بيانات الحضور المخزنة له
inconsistent-package-issue-time = وقت إصدار حزمة المراجعة { $package } ليس وقتًا صالحًا
discrepancies-check-problems = { $count ->
        [zero] لم تُوجد أي مشكلة
        [one] وُجدت مشكلة واحدة
        [two] وُجدت مشكلتان
        [few] وُجدت { $count } مشكلات
        [many] وُجدت { $count } مشكلة
       *[other] وُجدت { $count } مشكلة
    }
discrepancies-summary-differences = { $count ->
        [zero] لا اختلافات بين { $file } وقاعدة البيانات
        [one] اختلاف واحد بين { $file } وقاعدة البيانات
        [two] اختلافان بين { $file } وقاعدة البيانات
        [few] { $count } اختلافات بين { $file } وقاعدة البيانات
        [many] { $count } اختلافًا بين { $file } وقاعدة البيانات
       *[other] { $count } اختلاف بين { $file } وقاعدة البيانات
    }
discrepancies-returns-refused = { $count ->
        [zero] رُفض { $refused } من { $count } رد
        [one] رُفض { $refused } من رد واحد
        [two] رُفض { $refused } من ردين
        [few] رُفض { $refused } من { $count } ردود
        [many] رُفض { $refused } من { $count } ردًا
       *[other] رُفض { $refused } من { $count } رد
    }
capture-not-a-date = "{ $date }" ليس تاريخًا صالحًا؛ اكتب التواريخ بالصيغة YYYY-MM-DD
capture-action-form = اكتب الإجراءات هكذا: ACTION: المسؤول | النص | due YYYY-MM-DD
capture-no-owner = الإجراء بلا مسؤول
capture-no-text = السطر بلا نص بعد بادئته
sheet-problem-ambiguous-date = يمكن قراءة "{ $date }" باليوم أولًا أو بالشهر أولًا: حدّد أيهما (--day-first أو --month-first؛ وفي التطبيق، ترتيب التاريخ)
sheet-problem-not-a-date = "{ $date }" ليس تاريخًا: اكتبه بالصيغة 2025-03-14 أو 14/03/2025 أو 14 March 2025
sheet-problem-no-header = الورقة بلا صف عناوين: إنها فارغة
sheet-problem-no-name-nor-organization-column = لا يحتوي أي عمود على اسم (الاسم الكامل، أو اسم العائلة والاسم الأول) ولا على منظمة؛ العناوين هي { $headers }: حدّدها في مطابقة (--mapping)، أو أعد تسميتها
sheet-problem-no-name-column = لا يحتوي أي عمود على اسم (الاسم الكامل، أو اسم العائلة والاسم الأول)؛ العناوين هي { $headers }: حدّدها في مطابقة (--mapping)، أو أعد تسميتها
sheet-problem-no-organization-column = لا يحتوي أي عمود على منظمة؛ العناوين هي { $headers }: حدّدها في مطابقة (--mapping)، أو أعد تسميتها
sheet-problem-no-name = لا يوجد اسم في هذا الصف
sheet-problem-no-organization = ليس لـ { $name } منظمة
sheet-problem-unknown-country = "{ $country }" ليس بلدًا يعرفه هذا المنتج: اكتب رمز ISO الخاص به، أو اسمه بإحدى لغات الأمم المتحدة الرسمية الست، أو حدّده في قيم المطابقة
sheet-problem-participation = "{ $participation }" لا يبيّن إن كان الشخص قد حضر: اكتب attended أو registered أو invited (أو present أو remote أو inscrit أو asistió…)، أو حدّده في قيم المطابقة
sheet-problem-unknown-role = قيمة غير معروفة "{ $role }"؛ القيم المتوقعة: { $expected }
sheet-problem-chosen-organization = "{ $chosen }"، المختار لـ "{ $name }"، ليس منظمة في الدليل
sheet-problem-new-organization = سيكون "{ $name }" منظمة جديدة، لكن "{ $existing }" موجود في الدليل: اقبل المطابقة (--accept-review)
sheet-problem-chosen-person = "{ $chosen }"، المختار لـ "{ $name }"، ليس شخصًا في الدليل
sheet-problem-new-person = سيكون { $name } شخصًا جديدًا، لكن "{ $existing }" ({ $organization }) موجود في الدليل: اقبل المطابقة (--accept-review)
sheet-problem-meeting-keeps-counts = يسجل الاجتماع { $meeting } حضوره أعدادًا حسب المنطقة، لا قائمةً بالأسماء؛ غيّر أولًا طريقة تسجيل حضوره إلى قائمة بالأسماء
sheet-problem-counts-need-meeting = ورقة الأعداد حسب المنطقة تملأ أعداد اجتماع واحد: حدّد الاجتماع (--meeting المفتاح)
sheet-problem-meeting-keeps-roster = يسجل الاجتماع { $meeting } قائمة بالأسماء، لا أعدادًا حسب المنطقة؛ غيّر أولًا طريقة تسجيل حضوره إلى الأعداد حسب المنطقة
sheet-problem-no-participants-column = لا يحتوي أي عمود على عدد المشاركين
sheet-problem-unknown-region = "{ $region }" ليست منطقة من مناطق الاتحاد: اكتب AFR أو AMS أو ARB أو ASP أو CIS أو EUR أو TSB، أو اسم المنطقة
sheet-problem-region-twice = المنطقة { $region } محسوبة بالفعل في الصف { $row }
sheet-problem-not-a-count = "{ $value }" ليس عددًا: اكتب عددًا صحيحًا، 0 أو أكثر
sheet-problem-no-key-column = يحتاج سجل الاجتماعات إلى عمود لمفاتيح الاجتماعات (key أو code أو référence أو clave)
sheet-problem-no-key = لا يوجد مفتاح اجتماع في هذا الصف
sheet-problem-key-twice = { $key } موجود بالفعل في الصف { $row }
sheet-problem-no-first-day = ليس لـ { $key } يوم أول
sheet-problem-meeting-kind = "{ $kind }" ليس نوعًا من أنواع الاجتماعات: اكتب CTO meeting أو CxO roundtable أو bilateral أو RG-IEM أو workshop
sheet-problem-attendance-mode = "{ $mode }" لا يبيّن طريقة تسجيل الحضور: اكتب roster أو counts
sheet-problem-documents = "{ $value }" ليس عددًا من الوثائق
import-looks-like-json = يبدو أنه JSON لا CSV: أعطِ الملف الامتداد .json
import-column-repeated = { $count ->
        [zero] لا يرد في العناوين
        [one] يرد مرة واحدة في العناوين
        [two] يرد مرتين في العناوين
        [few] يرد { $count } مرات في العناوين
        [many] يرد { $count } مرة في العناوين
       *[other] يرد { $count } مرة في العناوين
    }
import-no-header = يجب أن يسمّي السطر الأول الأعمدة؛ عمود (أعمدة) غير معروف: { $unknown }؛ الأعمدة المتوقعة: { $expected } (* مطلوب)
import-unknown-columns = عمود (أعمدة) غير معروف: { $unknown }؛ الأعمدة المتوقعة: { $expected } (* مطلوب)
import-missing-column = الحقل { $column } مفقود: العناوين تخلو من هذا العمود المطلوب
import-missing-columns = الحقول { $columns } مفقودة: العناوين تخلو من هذه الأعمدة المطلوبة
