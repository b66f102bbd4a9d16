<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../ui/dialogs/address_dialog.py" line="22"/>
        <source>Add Web Addresses</source>
        <translation>إضافة عناوين ويب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/address_dialog.py" line="25"/>
        <source>Paste the addresses of articles or of RSS/Atom feeds, one per line. Each page is fetched and its article taken out; a feed gives an article per item.</source>
        <translation>الصق عناوين المقالات أو خلاصات RSS/Atom، عنوانًا في كل سطر. تُجلب كل صفحة ويُستخرج مقالها؛ وتعطي الخلاصة مقالًا لكل عنصر فيها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/address_dialog.py" line="33"/>
        <source>Web addresses, one per line</source>
        <translation>عناوين الويب، عنوان في كل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/address_dialog.py" line="40"/>
        <source>Fetch</source>
        <translation>اجلب</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/address_dialog.py" line="67"/>
        <source>%n address(es) to fetch</source>
        <translation>
            <numerusform>لا عناوين للجلب</numerusform>
            <numerusform>عنوان واحد للجلب</numerusform>
            <numerusform>عنوانان للجلب</numerusform>
            <numerusform>%n&#xa0;عناوين للجلب</numerusform>
            <numerusform>%n&#xa0;عنوانًا للجلب</numerusform>
            <numerusform>%n&#xa0;عنوان للجلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/address_dialog.py" line="68"/>
        <source>%n line(s) are not web addresses</source>
        <translation>
            <numerusform>كل الأسطر عناوين ويب</numerusform>
            <numerusform>سطر واحد ليس عنوان ويب</numerusform>
            <numerusform>سطران ليسا عنواني ويب</numerusform>
            <numerusform>%n&#xa0;أسطر ليست عناوين ويب</numerusform>
            <numerusform>%n&#xa0;سطرًا ليست عناوين ويب</numerusform>
            <numerusform>%n&#xa0;سطر ليست عناوين ويب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDetailsDialog</name>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="32"/>
        <source>Article Details</source>
        <translation>تفاصيل المقال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="38"/>
        <source>2023-09-13, 13/9/2023 or 13 سبتمبر 2023</source>
        <translation>2023-09-13 أو 13/9/2023 أو 13 سبتمبر 2023</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="49"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="50"/>
        <source>&amp;Outlet:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="52"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="55"/>
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="57"/>
        <source>Author:</source>
        <translation>الكاتب:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="59"/>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="79"/>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/article_details.py" line="81"/>
        <source>That date cannot be read; try 2023-09-13.</source>
        <translation>تعذّرت قراءة هذا التاريخ؛ جرّب 2023-09-13.</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/views/article_pane.py" line="361"/>
        <source>Nothing in this file names its outlet. Name it: the comparison and the reports will use the name.</source>
        <translation>لا شيء في هذا الملف يسمّي مصدره. سمِّه: ستستخدم المقارنةُ والتقاريرُ الاسم.</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="287"/>
        <source>Move this article one place earlier</source>
        <translation>انقل هذا المقال خانة إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="280"/>
        <source>Outlet, date and length</source>
        <translation>المصدر والتاريخ والطول</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="287"/>
        <source>Move earlier</source>
        <translation>إلى الأمام</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="291"/>
        <source>Move this article one place later</source>
        <translation>انقل هذا المقال خانة إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="291"/>
        <source>Move later</source>
        <translation>إلى الخلف</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="295"/>
        <source>Close this article</source>
        <translation>أغلق هذا المقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="295"/>
        <source>Close article</source>
        <translation>إغلاق المقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="299"/>
        <source>Edit the title, outlet, date and URL</source>
        <translation>عدّل العنوان والمصدر والتاريخ والرابط</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="299"/>
        <source>Edit article details</source>
        <translation>تعديل تفاصيل المقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="352"/>
        <source>Name the outlet…</source>
        <translation>سمِّ المصدر…</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <location filename="../../ui/views/article_pane.py" line="91"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="209"/>
        <source>Mark as Page Furniture</source>
        <translation>علّمه زوائدَ صفحة</translation>
    </message>
    <message>
        <location filename="../../ui/views/article_pane.py" line="212"/>
        <source>Not Page Furniture</source>
        <translation>ليس من زوائد الصفحة</translation>
    </message>
</context>
<context>
    <name>BodiesDialog</name>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="53"/>
        <source>Sources and Their Names</source>
        <translation>الجهات وأسماؤها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="62"/>
        <source>Names that mean the same body. When two outlets attribute a figure to names in one row, Tabayun counts them as one source. Separate the other names with commas.</source>
        <translation>أسماء تدل على جهة واحدة. حين ينسب مصدران رقمًا إلى اسمين في صف واحد، يعدّهما تبيّن جهة واحدة. افصل بين الأسماء الأخرى بفواصل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="68"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="68"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="69"/>
        <source>Bodies and their other names</source>
        <translation>الجهات وأسماؤها الأخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="74"/>
        <source>Add a Body</source>
        <translation>أضف جهة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="76"/>
        <source>Remove</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="136"/>
        <source>Tabayun</source>
        <translation>تبيّن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bodies_dialog.py" line="138"/>
        <source>The table could not be saved: %1. Nothing was changed.</source>
        <translation>تعذّر حفظ الجدول: %1. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message>
        <location filename="../../ui/comparison.py" line="59"/>
        <source>Stop comparing</source>
        <translation>أوقف المقارنة</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="109"/>
        <source>&amp;Next Difference</source>
        <translation>الفرق ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="111"/>
        <source>The next passage not every open article carries</source>
        <translation>المقطع التالي الذي لا تنقله كل المقالات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="115"/>
        <source>&amp;Previous Difference</source>
        <translation>الفرق ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="117"/>
        <source>The previous passage not every open article carries</source>
        <translation>المقطع السابق الذي لا تنقله كل المقالات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="121"/>
        <source>Next Passage Only &amp;Here</source>
        <translation>المقطع التالي المنفرد &amp;هنا</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="123"/>
        <source>The next passage only this article carries</source>
        <translation>المقطع التالي الذي ينفرد به هذا المقال</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="127"/>
        <source>Previous Passage Only H&amp;ere</source>
        <translation>المقطع السابق المنفرد ه&amp;نا</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="129"/>
        <source>The previous passage only this article carries</source>
        <translation>المقطع السابق الذي ينفرد به هذا المقال</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="133"/>
        <source>Next &amp;Fact Where Outlets Differ</source>
        <translation>الواقعة التالية التي تختلف فيها ال&amp;مصادر</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="135"/>
        <source>The next row of the Facts table where the outlets&apos; figures, times, sources or wording differ</source>
        <translation>الصف التالي في جدول الوقائع حيث تختلف أرقام المصادر أو أوقاتها أو مَن تنسب إليهم أو صياغتها</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="140"/>
        <source>Previous Fact Where Outlets D&amp;iffer</source>
        <translation>الواقعة السابقة التي تخ&amp;تلف فيها المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="142"/>
        <source>The previous row of the Facts table where the outlets&apos; figures, times, sources or wording differ</source>
        <translation>الصف السابق في جدول الوقائع حيث تختلف أرقام المصادر أو أوقاتها أو مَن تنسب إليهم أو صياغتها</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="147"/>
        <source>Next Sentence to &amp;Check</source>
        <translation>الجملة التالية للت&amp;حقق</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="403"/>
        <source>No offer numbered %1 in the Passage panel.</source>
        <translation>لا عرض بالرقم %1 في لوحة المقطع.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="156"/>
        <source>Previous Sentence to C&amp;heck</source>
        <translation>الجملة السابقة للتح&amp;قق</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="158"/>
        <source>The previous sentence or passage the comparison was not sure of</source>
        <translation>الجملة أو المقطع السابق الذي لم تكن المقارنة متأكدة منه</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="175"/>
        <source>&amp;Nothing to Link Here</source>
        <translation>لا شيء للر&amp;بط هنا</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="177"/>
        <source>Mark the chosen sentence as read, with no close sentence to link (it leaves what is to check; Ctrl+Z takes it back), and go to the next</source>
        <translation>علِّم الجملة المختارة بأنها قُرئت ولا جملة قريبة لربطها (تخرج مما هو للتحقق؛ Ctrl+Z يعيدها)، وانتقل إلى التالية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="321"/>
        <source>%n fact(s) where outlets differ</source>
        <translation>
            <numerusform>لا وقائع تختلف فيها المصادر</numerusform>
            <numerusform>واقعة واحدة تختلف فيها المصادر</numerusform>
            <numerusform>واقعتان تختلف فيهما المصادر</numerusform>
            <numerusform>%n&#xa0;وقائع تختلف فيها المصادر</numerusform>
            <numerusform>%n&#xa0;واقعةً تختلف فيها المصادر</numerusform>
            <numerusform>%n&#xa0;واقعة تختلف فيها المصادر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="405"/>
        <location filename="../../ui/comparison.py" line="415"/>
        <source>Choose a sentence first (Next Sentence to Check finds one).</source>
        <translation>اختر جملة أولًا («الجملة التالية للتحقق» تجد واحدة).</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="183"/>
        <source>Compare &amp;Two Articles…</source>
        <translation>قارن م&amp;قالين…</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="185"/>
        <source>Two articles with their linked passages joined and the words that differ marked</source>
        <translation>مقالان تصل بينهما مقاطعهما المتقابلة، والكلمات المختلفة معلّمة</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="213"/>
        <source>Open two articles or more to compare them.</source>
        <translation>افتح مقالين أو أكثر لمقارنتها.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="217"/>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="274"/>
        <source>Comparing… %1 (%2 of %3)</source>
        <translation>جارٍ المقارنة… %1 (%2 من %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="319"/>
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>لا مقاطع مشتركة</numerusform>
            <numerusform>مقطع مشترك واحد</numerusform>
            <numerusform>مقطعان مشتركان</numerusform>
            <numerusform>%n&#xa0;مقاطع مشتركة</numerusform>
            <numerusform>%n&#xa0;مقطعًا مشتركًا</numerusform>
            <numerusform>%n&#xa0;مقطع مشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="324"/>
        <source>%n to check</source>
        <translation>
            <numerusform>لا شيء للتحقق</numerusform>
            <numerusform>جملة واحدة للتحقق</numerusform>
            <numerusform>جملتان للتحقق</numerusform>
            <numerusform>%n&#xa0;جمل للتحقق</numerusform>
            <numerusform>%n&#xa0;جملة للتحقق</numerusform>
            <numerusform>%n&#xa0;جملة للتحقق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="76"/>
        <source>To check: sentences in no passage, and passages, that have close sentences in other articles the comparison was not sure enough to link. %1 goes to the next.</source>
        <translation>للتحقق: جمل ليست في أي مقطع، ومقاطع، لها جمل قريبة في مقالات أخرى لم تكن المقارنة متأكدة بما يكفي لربطها. %1 ينتقل إلى التالية.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="149"/>
        <source>The next sentence or passage the comparison was not sure of, in any open article: take one of its close sentences (Alt+1 to Alt+3), or split off a part that says what another sentence says (Alt+4, Alt+5), if it says the same</source>
        <translation>الجملة أو المقطع التالي الذي لم تكن المقارنة متأكدة منه، في أي مقال مفتوح: خذ إحدى جمله القريبة (من Alt+1 إلى Alt+3)، أو افصل جزءًا يقول ما تقوله جملة أخرى (Alt+4، Alt+5)، إن كان يقول الشيء نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="163"/>
        <source>&amp;Take Offer %1</source>
        <translation>&amp;خذ العرض %1</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="165"/>
        <source>Take the offer numbered %1 in the Passage panel: link that close sentence to the chosen one (its Link or Merge), or split the chosen sentence and link the part (Split and Link)</source>
        <translation>خذ العرض رقم %1 في لوحة المقطع: اربط تلك الجملة القريبة بالمختارة (ربط أو دمج)، أو اقسم الجملة المختارة واربط الجزء (قسمة وربط)</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="331"/>
        <source>The comparison failed: %1</source>
        <translation>فشلت المقارنة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="335"/>
        <source>Comparison stopped.</source>
        <translation>توقفت المقارنة.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="359"/>
        <location filename="../../ui/comparison.py" line="377"/>
        <source>Open two articles or more, and wait for the comparison.</source>
        <translation>افتح مقالين أو أكثر، وانتظر انتهاء المقارنة.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="375"/>
        <source>No more facts where outlets differ.</source>
        <translation>لا مزيد من الوقائع التي تختلف فيها المصادر.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="386"/>
        <source>Nothing left to check: every sentence is in a passage or has no close sentence in another article.</source>
        <translation>لم يبقَ شيء للتحقق: كل جملة في مقطع أو ليست لها جملة قريبة في مقالة أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="394"/>
        <source>No more passages only this article carries.</source>
        <translation>لا مزيد من المقاطع التي ينفرد بها هذا المقال.</translation>
    </message>
    <message>
        <location filename="../../ui/comparison.py" line="395"/>
        <source>No more differences in this article.</source>
        <translation>لا مزيد من الفروق في هذا المقال.</translation>
    </message>
</context>
<context>
    <name>CoverageGrid</name>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="37"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="39"/>
        <source>Which article carries which passage</source>
        <translation>أيّ مقال ينقل أيّ مقطع</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="61"/>
        <source>A reviewer set this passage, not the engine</source>
        <translation>حدّد مراجعٌ هذا المقطع، لا المحرّك</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="63"/>
        <source>A reviewer linked this sentence to the passage without merging: it says the same, and stays in its own passage</source>
        <translation>ربط مراجعٌ هذه الجملة بالمقطع دون دمج: تقول الشيء نفسه، وتبقى في مقطعها</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="68"/>
        <source>Outlets</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="80"/>
        <source>A reviewer linked this passage, without merging, with: %1</source>
        <translation>ربط مراجع هذا المقطع، دون دمج، بـ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/coverage_grid.py" line="94"/>
        <source>This article leaves the passage out</source>
        <translation>هذا المقال يُغفل المقطع</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="55"/>
        <source>Something Went Wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="59"/>
        <source>Tabayun met an error it did not expect. Your articles, tags, notes and verdicts are safe: each change is saved whole as you make it, or not at all.

If it happens again, please send the report below to the developers.</source>
        <translation>واجه تبيّن خطأً لم يتوقعه. مقالاتك ووسومك وملاحظاتك وأحكامك في أمان: كل تغيير يُحفظ كاملًا لحظة إجرائه، أو لا يُحفظ أصلًا.

إن تكرر الخطأ، فأرسل التقرير أدناه إلى المطوّرين من فضلك.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="68"/>
        <source>Error report</source>
        <translation>تقرير الخطأ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="71"/>
        <source>Copy Report</source>
        <translation>انسخ التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="74"/>
        <source>Open Log Folder</source>
        <translation>افتح مجلد السجلات</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../ui/views/demo_banner.py" line="29"/>
        <source>This is the demo: five outlets&apos; reports of one summit, compared. The tints show what every outlet, some outlets or only one carries (yellow: not sure); click a passage to see each outlet&apos;s version below.</source>
        <translation>هذا هو المثال: تقارير خمسة مصادر عن قمة واحدة، مقارَنة. تُظهر الألوان ما تنقله كل المصادر أو بعضها أو مصدر واحد فقط (الأصفر: غير مؤكد)؛ انقر مقطعًا لترى نسخة كل مصدر منه في الأسفل.</translation>
    </message>
    <message>
        <location filename="../../ui/views/demo_banner.py" line="35"/>
        <source>Import Your Articles…</source>
        <translation>استورد مقالاتك…</translation>
    </message>
    <message>
        <location filename="../../ui/views/demo_banner.py" line="42"/>
        <location filename="../../ui/views/demo_banner.py" line="43"/>
        <source>Hide this message</source>
        <translation>أخفِ هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="78"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="184"/>
        <source>Export Report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="87"/>
        <source>HTML — read, print, search in a browser</source>
        <translation>HTML — للقراءة والطباعة والبحث في المتصفح</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>PDF — print and send</source>
        <translation>PDF — للطباعة والإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="89"/>
        <source>CSV — spreadsheets (one row per tag, note, verdict)</source>
        <translation>CSV — جداول البيانات (صف لكل وسم وملاحظة وحكم)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="90"/>
        <source>JSON — W3C Web Annotations</source>
        <translation>JSON — تعليقات الويب (W3C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>REFI-QDA project — QualCoder, ATLAS.ti, MAXQDA, NVivo</source>
        <translation>مشروع REFI-QDA — ‏QualCoder وATLAS.ti وMAXQDA وNVivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99"/>
        <source>Summary</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="100"/>
        <source>Coverage grid</source>
        <translation>شبكة التغطية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="101"/>
        <source>Passages and differences</source>
        <translation>المقاطع والفروق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="102"/>
        <source>Where the facts differ (the Facts table)</source>
        <translation>حيث تختلف الوقائع (جدول الوقائع)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="103"/>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Tags and tagged passages</source>
        <translation>الوسوم والمقاطع الموسومة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="105"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="116"/>
        <source>The whole collection «%1»</source>
        <translation>المجموعة كلها «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="119"/>
        <source>The %n open article(s)</source>
        <translation>
            <numerusform>لا مقالات مفتوحة</numerusform>
            <numerusform>المقال المفتوح</numerusform>
            <numerusform>المقالان المفتوحان (%n)</numerusform>
            <numerusform>المقالات المفتوحة (%n)</numerusform>
            <numerusform>المقالات المفتوحة (%n)</numerusform>
            <numerusform>المقالات المفتوحة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="121"/>
        <source>Only the passages with these tags:</source>
        <translation>المقاطع الموسومة بهذه الوسوم فقط:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="139"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="141"/>
        <source>Open the report when it is written</source>
        <translation>افتح التقرير بعد كتابته</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="155"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="156"/>
        <source>Sections:</source>
        <translation>الأقسام:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>Scope:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="161"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>Tick at least one tag, or choose another scope.</source>
        <translation>اختر وسمًا واحدًا على الأقل، أو نطاقًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="212"/>
        <source>Choose at least one section.</source>
        <translation>اختر قسمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="219"/>
        <source>Replace the File?</source>
        <translation>أتستبدل الملف؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="220"/>
        <source>%1 already exists. Replace it?</source>
        <translation>الملف %1 موجود. أتستبدله؟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="243"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="268"/>
        <source>Written: %1</source>
        <translation>كُتب: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="269"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أيّ ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="314"/>
        <source>Import some articles first.</source>
        <translation>استورد بعض المقالات أولًا.</translation>
    </message>
</context>
<context>
    <name>FactsController</name>
    <message>
        <location filename="../../ui/facts.py" line="51"/>
        <source>Sources and Their &amp;Names…</source>
        <translation>الجهات و&amp;أسماؤها…</translation>
    </message>
    <message>
        <location filename="../../ui/facts.py" line="53"/>
        <source>Names that mean one body, so their figures count as one source</source>
        <translation>أسماء تدل على جهة واحدة، فتُعدّ أرقامها من مصدر واحد</translation>
    </message>
    <message>
        <location filename="../../ui/facts.py" line="72"/>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="93"/>
        <source>Facts</source>
        <translation>الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="101"/>
        <source>Where outlets differ</source>
        <translation>حيث تختلف المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="102"/>
        <source>Every fact two outlets or more give</source>
        <translation>كل واقعة يذكرها مصدران أو أكثر</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="103"/>
        <source>Every fact</source>
        <translation>كل الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="106"/>
        <source>Which facts to list</source>
        <translation>أيّ الوقائع تُعرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="110"/>
        <source>The outlets do differ here, as the row says</source>
        <translation>المصادر تختلف هنا فعلًا، كما يقول الصف</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="112"/>
        <source>Not a real difference: the row no longer counts as one</source>
        <translation>ليس اختلافًا حقيقيًا: لم يعد الصف يُحسب اختلافًا</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="122"/>
        <source>Give the row another status</source>
        <translation>أعطِ الصف حالة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="109"/>
        <source>&amp;Confirm</source>
        <translation>أ&amp;كّد</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="111"/>
        <source>&amp;Dismiss</source>
        <translation>ا&amp;ستبعد</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="113"/>
        <source>&amp;Reclassify</source>
        <translation>أ&amp;عد التصنيف</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="123"/>
        <source>C&amp;lear Decision</source>
        <translation>ا&amp;محُ القرار</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="124"/>
        <source>Forget your decision on this row</source>
        <translation>انسَ قرارك في هذا الصف</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="128"/>
        <source>Fact &amp;Decision</source>
        <translation>ال&amp;قرار في الواقعة</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="134"/>
        <source>Facts each outlet gives</source>
        <translation>الوقائع التي يذكرها كل مصدر</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="156"/>
        <source>More decisions</source>
        <translation>قرارات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="203"/>
        <source>Open two articles or more: their facts are listed here.</source>
        <translation>افتح مقالين أو أكثر: تُعرض وقائعها هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="235"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>لا وقائع</numerusform>
            <numerusform>واقعة واحدة</numerusform>
            <numerusform>واقعتان</numerusform>
            <numerusform>%n&#xa0;وقائع</numerusform>
            <numerusform>%n&#xa0;واقعة</numerusform>
            <numerusform>%n&#xa0;واقعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="236"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n&#xa0;أسئلة</numerusform>
            <numerusform>%n&#xa0;سؤالًا</numerusform>
            <numerusform>%n&#xa0;سؤال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="237"/>
        <source>%n where outlets differ</source>
        <translation>
            <numerusform>لا شيء تختلف فيه المصادر</numerusform>
            <numerusform>واحد تختلف فيه المصادر</numerusform>
            <numerusform>اثنان تختلف فيهما المصادر</numerusform>
            <numerusform>%n&#xa0;تختلف فيها المصادر</numerusform>
            <numerusform>%n&#xa0;تختلف فيها المصادر</numerusform>
            <numerusform>%n&#xa0;تختلف فيها المصادر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="239"/>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="243"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="243"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="250"/>
        <source>No fact where the outlets differ: every fact that two outlets or more give, they give alike.</source>
        <translation>لا واقعة تختلف فيها المصادر: كل واقعة يذكرها مصدران أو أكثر يذكرونها بالقيمة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="254"/>
        <source>No fact that two outlets or more give.</source>
        <translation>لا واقعة يذكرها مصدران أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="256"/>
        <source>Show every fact</source>
        <translation>اعرض كل الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="278"/>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="279"/>
        <source>dismissed</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="280"/>
        <source>reclassified</source>
        <translation>أعيد تصنيفه</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="296"/>
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="297"/>
        <source>%1 by %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="330"/>
        <source>A reviewer set the passage of this sentence</source>
        <translation>مقطع هذه الجملة حدّده مراجع</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="372"/>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/facts_panel.py" line="374"/>
        <source>Reported for: %1</source>
        <translation>عن يوم: %1</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../ui/views/highlights.py" line="39"/>
        <source>All outlets</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="40"/>
        <source>Every open article carries this passage</source>
        <translation>كل المقالات المفتوحة تنقل هذا المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="43"/>
        <source>Some outlets</source>
        <translation>بعض المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="44"/>
        <source>Some of the open articles carry this passage (dashed underline)</source>
        <translation>بعض المقالات المفتوحة تنقل هذا المقطع (خط متقطع)</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="51"/>
        <source>This outlet only</source>
        <translation>هذا المصدر وحده</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="52"/>
        <source>Only this article carries this passage (wavy underline)</source>
        <translation>هذا المقال وحده ينقل هذا المقطع (خط متموج)</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="56"/>
        <source>Not sure</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="57"/>
        <source>In no passage, but close to another article&apos;s sentence: another outlet may carry it (dash-dot underline; Review → Next Sentence to Check)</source>
        <translation>ليست في مقطع، لكنها قريبة من جملة في مقال آخر: قد يحملها مصدر آخر (خط متقطع بنقاط؛ مراجعة ← الجملة التالية للتحقق)</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="101"/>
        <source>The outlets give this differently: see the Facts table</source>
        <translation>تختلف فيه المصادر: انظر جدول الوقائع</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="114"/>
        <source>A reviewer set this passage, not the engine</source>
        <translation>حدّد مراجعٌ هذا المقطع، لا المحرّك</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="183"/>
        <source>A figure, time, source or description the outlets give differently (Facts table)</source>
        <translation>رقم أو وقت أو مصدر أو وصف تختلف فيه المصادر (جدول الوقائع)</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="189"/>
        <source>Fact that differs</source>
        <translation>واقعة مختلف فيها</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="194"/>
        <source>Set by a reviewer</source>
        <translation>حدّده مراجع</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="195"/>
        <source>A reviewer linked, unlinked or split this passage (line over it)</source>
        <translation>ربط مراجعٌ هذا المقطع أو فصله أو قسمه (خط فوقه)</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="205"/>
        <source>Page furniture</source>
        <translation>زوائد الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/views/highlights.py" line="206"/>
        <source>Left out of the comparison</source>
        <translation>مستبعدة من المقارنة</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/views/history_panel.py" line="19"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_panel.py" line="22"/>
        <source>Changes made, oldest first</source>
        <translation>التغييرات، الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/views/history_panel.py" line="35"/>
        <source>(undone) </source>
        <translation>(متراجَع عنه) </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_delegates.py" line="19"/>
        <source>UTF-8, bad bytes shown as �</source>
        <translation>UTF-8، مع إظهار البايتات التالفة بالعلامة �</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_delegates.py" line="20"/>
        <source>detect automatically</source>
        <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_delegates.py" line="36"/>
        <source>an article per chapter</source>
        <translation>مقال لكل فصل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_delegates.py" line="37"/>
        <source>the whole book as one article</source>
        <translation>الكتاب كله مقالًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="64"/>
        <source>Tagged passages: %1 in place, %2 moved with the text, %3 not found.</source>
        <translation>المقاطع الموسومة: %1 في مكانها، %2 انتقلت مع النص، %3 لم تُعثر عليها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="69"/>
        <source>Those not found are kept, with their quotes, under Orphaned in Tagged Passages.</source>
        <translation>ما لم يُعثر عليه محفوظ بنصّه في «المقاطع الموسومة» ضمن المقاطع اليتيمة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="99"/>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="103"/>
        <source>Include subfolders</source>
        <translation>مع المجلدات الفرعية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="105"/>
        <source>Follow links out of the folder</source>
        <translation>تتبّع الروابط إلى خارج المجلد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="108"/>
        <source>Links (shortcuts) that lead outside the chosen folder are left out unless this is ticked; the preview lists them.</source>
        <translation>الروابط (الاختصارات) التي تقود إلى خارج المجلد المختار تُترك ما لم يُحدَّد هذا الخيار؛ وتذكرها المعاينة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="113"/>
        <source>New collection:</source>
        <translation>مجموعة جديدة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="114"/>
        <source>Web articles</source>
        <translation>مقالات من الويب</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="115"/>
        <source>Name of the new collection</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="116"/>
        <source>Add to collection:</source>
        <translation>أضف إلى المجموعة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="131"/>
        <source>(web addresses only)</source>
        <translation>(عناوين ويب فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="162"/>
        <source>Files to import</source>
        <translation>الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="165"/>
        <source>Text of the selected file</source>
        <translation>نص الملف المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="171"/>
        <source>Add &amp;Web Addresses…</source>
        <translation>أضف عناوين &amp;ويب…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="172"/>
        <source>Articles or RSS/Atom feeds on the web, fetched now</source>
        <translation>مقالات أو خلاصات RSS/Atom على الويب، تُجلب الآن</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="174"/>
        <source>Name the &amp;Outlet of the Selected Files…</source>
        <translation>سمِّ م&amp;صدر الملفات المحددة…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="176"/>
        <source>One outlet for every selected file (select several with Ctrl or Shift)</source>
        <translation>مصدر واحد لكل الملفات المحددة (حدّد عدة ملفات بمفتاح Ctrl أو Shift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="185"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="262"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="234"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>أُلغي؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="283"/>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="353"/>
        <source>Fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="419"/>
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>لا مقالات للاستيراد</numerusform>
            <numerusform>استورد مقالًا واحدًا</numerusform>
            <numerusform>استورد مقالين</numerusform>
            <numerusform>استورد&#xa0;%n&#xa0;مقالات</numerusform>
            <numerusform>استورد&#xa0;%n&#xa0;مقالًا</numerusform>
            <numerusform>استورد&#xa0;%n&#xa0;مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="435"/>
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>جديد واحد</numerusform>
            <numerusform>جديدان</numerusform>
            <numerusform>%n&#xa0;جديدة</numerusform>
            <numerusform>%n&#xa0;جديدًا</numerusform>
            <numerusform>%n&#xa0;جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="436"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>لا مكررات</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>%n&#xa0;مكررات</numerusform>
            <numerusform>%n&#xa0;مكررًا</numerusform>
            <numerusform>%n&#xa0;مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="437"/>
        <source>%n near duplicate(s)</source>
        <translation>
            <numerusform>لا أشباه مكررات</numerusform>
            <numerusform>شبه مكرر واحد</numerusform>
            <numerusform>شبها مكرر</numerusform>
            <numerusform>%n&#xa0;أشباه مكررات</numerusform>
            <numerusform>%n&#xa0;شبه مكرر</numerusform>
            <numerusform>%n&#xa0;شبه مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="438"/>
        <source>%n new version(s)</source>
        <translation>
            <numerusform>لا نسخ جديدة</numerusform>
            <numerusform>نسخة جديدة واحدة</numerusform>
            <numerusform>نسختان جديدتان</numerusform>
            <numerusform>%n&#xa0;نسخ جديدة</numerusform>
            <numerusform>%n&#xa0;نسخة جديدة</numerusform>
            <numerusform>%n&#xa0;نسخة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="439"/>
        <source>%n with errors</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>ملف واحد فيه خطأ</numerusform>
            <numerusform>ملفان فيهما أخطاء</numerusform>
            <numerusform>%n&#xa0;ملفات فيها أخطاء</numerusform>
            <numerusform>%n&#xa0;ملفًا فيها أخطاء</numerusform>
            <numerusform>%n&#xa0;ملف فيها أخطاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="440"/>
        <source>%n not read</source>
        <translation>
            <numerusform>لا ملفات متروكة</numerusform>
            <numerusform>ملف واحد لم يُقرأ</numerusform>
            <numerusform>ملفان لم يُقرآ</numerusform>
            <numerusform>%n&#xa0;ملفات لم تُقرأ</numerusform>
            <numerusform>%n&#xa0;ملفًا لم يُقرأ</numerusform>
            <numerusform>%n&#xa0;ملف لم يُقرأ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="443"/>
        <source>no articles</source>
        <translation>لا مقالات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="455"/>
        <source>Give the new collection a name.</source>
        <translation>سمِّ المجموعة الجديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="459"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="479"/>
        <source>Imported %n article(s) into “{name}”.</source>
        <translation>
            <numerusform>لم يُستورد أيّ مقال إلى «{name}».</numerusform>
            <numerusform>استُورد مقال واحد إلى «{name}».</numerusform>
            <numerusform>استُورد مقالان إلى «{name}».</numerusform>
            <numerusform>استُوردت&#xa0;%n&#xa0;مقالات إلى «{name}».</numerusform>
            <numerusform>استُورد&#xa0;%n&#xa0;مقالًا إلى «{name}».</numerusform>
            <numerusform>استُورد&#xa0;%n&#xa0;مقال إلى «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="484"/>
        <source>Skipped %n duplicate(s).</source>
        <translation>
            <numerusform>لا مكررات.</numerusform>
            <numerusform>تُخطّي مكرر واحد.</numerusform>
            <numerusform>تُخطّي مكرران.</numerusform>
            <numerusform>تُخطّيت&#xa0;%n&#xa0;مكررات.</numerusform>
            <numerusform>تُخطّي&#xa0;%n&#xa0;مكررًا.</numerusform>
            <numerusform>تُخطّي&#xa0;%n&#xa0;مكرر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="488"/>
        <source>%n article(s) replaced by a new version of the same file.</source>
        <translation>
            <numerusform>لم يُستبدل أيّ مقال.</numerusform>
            <numerusform>استُبدل مقال واحد بنسخة جديدة من الملف نفسه.</numerusform>
            <numerusform>استُبدل مقالان بنسختين جديدتين من الملفين نفسيهما.</numerusform>
            <numerusform>استُبدلت&#xa0;%n&#xa0;مقالات بنسخ جديدة من الملفات نفسها.</numerusform>
            <numerusform>استُبدل&#xa0;%n&#xa0;مقالًا بنسخ جديدة من الملفات نفسها.</numerusform>
            <numerusform>استُبدل&#xa0;%n&#xa0;مقال بنسخ جديدة من الملفات نفسها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="493"/>
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>لا ملفات تعذّر استيرادها:</numerusform>
            <numerusform>تعذّر استيراد ملف واحد:</numerusform>
            <numerusform>تعذّر استيراد ملفين:</numerusform>
            <numerusform>تعذّر استيراد&#xa0;%n&#xa0;ملفات:</numerusform>
            <numerusform>تعذّر استيراد&#xa0;%n&#xa0;ملفًا:</numerusform>
            <numerusform>تعذّر استيراد&#xa0;%n&#xa0;ملف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="497"/>
        <source>%n file(s) were not read:</source>
        <translation>
            <numerusform>لم يُترك أي ملف:</numerusform>
            <numerusform>ملف واحد لم يُقرأ:</numerusform>
            <numerusform>ملفان لم يُقرآ:</numerusform>
            <numerusform>%n&#xa0;ملفات لم تُقرأ:</numerusform>
            <numerusform>%n&#xa0;ملفًا لم يُقرأ:</numerusform>
            <numerusform>%n&#xa0;ملف لم يُقرأ:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="503"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="515"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="115"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="115"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="115"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="115"/>
        <source>Encoding</source>
        <translation>الترميز</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="116"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="116"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="116"/>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="116"/>
        <source>Outlet from</source>
        <translation>مصدر الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="164"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="165"/>
        <source>duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="166"/>
        <source>near duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="167"/>
        <source>new version</source>
        <translation>نسخة جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="168"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="169"/>
        <source>not read</source>
        <translation>لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="177"/>
        <source>one article</source>
        <translation>مقال واحد</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="177"/>
        <source>by chapter</source>
        <translation>حسب الفصول</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="178"/>
        <source>(guessed)</source>
        <translation>(تخمين)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="185"/>
        <source>not named — double-click to name</source>
        <translation>بلا اسم — انقر مرتين لتسميته</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../ui/library.py" line="44"/>
        <source>Open side by side</source>
        <translation>افتح جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="46"/>
        <source>Open the selected articles next to each other (Enter)</source>
        <translation>افتح المقالات المحددة متجاورة (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="55"/>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="130"/>
        <source>Select one or more articles first.</source>
        <translation>حدّد مقالًا أو أكثر أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="143"/>
        <source>%n article(s) open</source>
        <translation>
            <numerusform>لا مقالات مفتوحة</numerusform>
            <numerusform>مقال واحد مفتوح</numerusform>
            <numerusform>مقالان مفتوحان</numerusform>
            <numerusform>%n&#xa0;مقالات مفتوحة</numerusform>
            <numerusform>%n&#xa0;مقالًا مفتوحًا</numerusform>
            <numerusform>%n&#xa0;مقال مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="145"/>
        <source>words</source>
        <translation>كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/library.py" line="159"/>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../ui/models/two_level.py" line="51"/>
        <source>words</source>
        <translation>كلمة</translation>
    </message>
    <message>
        <location filename="../../ui/models/library_model.py" line="40"/>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/library_model.py" line="54"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n&#xa0;مقالات</numerusform>
            <numerusform>%n&#xa0;مقالًا</numerusform>
            <numerusform>%n&#xa0;مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../ui/views/sidebar.py" line="29"/>
        <source>Collections and articles</source>
        <translation>المجموعات والمقالات</translation>
    </message>
    <message>
        <location filename="../../ui/views/sidebar.py" line="72"/>
        <source>Open Side by Side</source>
        <translation>افتح جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../ui/views/sidebar.py" line="77"/>
        <source>Edit Details…</source>
        <translation>تعديل التفاصيل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sidebar.py" line="83"/>
        <source>Name the Outlet of %n Article(s)…</source>
        <translation>
            <numerusform>سمِّ المصدر…</numerusform>
            <numerusform>سمِّ مصدر المقال…</numerusform>
            <numerusform>سمِّ مصدر المقالين…</numerusform>
            <numerusform>سمِّ مصدر&#xa0;%n&#xa0;مقالات…</numerusform>
            <numerusform>سمِّ مصدر&#xa0;%n&#xa0;مقالًا…</numerusform>
            <numerusform>سمِّ مصدر&#xa0;%n&#xa0;مقال…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live.py" line="36"/>
        <source>Another reviewer</source>
        <translation>مراجِع آخر</translation>
    </message>
    <message>
        <location filename="../../ui/live.py" line="38"/>
        <source>%1 changed the library: %2</source>
        <translation>غيّر %1 المكتبة: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/menus.py" line="45"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="97"/>
        <source>&amp;System</source>
        <translation>سمة ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="99"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>Take an O&amp;ffer</source>
        <translation>خذ &amp;عرضًا</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="66"/>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="67"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Stories</source>
        <translation>القصص</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Opening your articles…</source>
        <translation>جارٍ فتح مقالاتك…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>The database is damaged.</source>
        <translation>قاعدة البيانات تالفة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Putting back the newest good backup…</source>
        <translation>إعادة أحدث نسخة احتياطية سليمة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Moving the damaged file aside…</source>
        <translation>تنحية الملف التالف جانبًا…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="141"/>
        <source>About Tabayun</source>
        <translation>عن تبيّن</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="140"/>
        <source>Tabayun {version}
Review news coverage across outlets.</source>
        <translation>تبيّن {version}
مراجعة التغطية الإخبارية عبر المصادر.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="60"/>
        <source>&amp;Open Side by Side</source>
        <translation>ا&amp;فتح جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="62"/>
        <source>Open the selected articles next to each other</source>
        <translation>افتح المقالات المحددة متجاورة</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="66"/>
        <source>&amp;Synchronised Scrolling</source>
        <translation>ت&amp;مرير متزامن</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="68"/>
        <source>Scroll all articles together</source>
        <translation>مرّر المقالات كلها معًا</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="72"/>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="75"/>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="77"/>
        <source>&amp;Reset Zoom</source>
        <translation>إعادة ال&amp;حجم</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="80"/>
        <source>Show &amp;Sidebar</source>
        <translation>إظهار ال&amp;شريط الجانبي</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="84"/>
        <source>&amp;Import Folder…</source>
        <translation>ا&amp;ستيراد مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="86"/>
        <source>Import a folder of articles: text, web pages, Word, OpenDocument, PDF, e-books, e-mails, RTF, JSON, shortcuts and feeds</source>
        <translation>استورد مجلد مقالات: نصوص وصفحات ويب وWord وOpenDocument وPDF وكتب إلكترونية ورسائل بريد وRTF وJSON واختصارات وخلاصات</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="94"/>
        <source>Import &amp;Web Addresses…</source>
        <translation>استيراد عناوين &amp;ويب…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="96"/>
        <source>Fetch articles or RSS/Atom feeds from the web and import them</source>
        <translation>اجلب مقالات أو خلاصات RSS/Atom من الويب واستوردها</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="102"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;تصدير تقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>Write a review report: HTML, PDF, CSV, W3C annotations or REFI-QDA</source>
        <translation>اكتب تقرير مراجعة: HTML أو PDF أو CSV أو تعليقات W3C أو REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="110"/>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="113"/>
        <source>Your name, the interface language, theme, article font, data folder</source>
        <translation>اسمك ولغة الواجهة والسمة وخط المقالات ومجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="118"/>
        <source>&amp;About Tabayun</source>
        <translation>&amp;عن تبيّن</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="121"/>
        <source>Reviewer &amp;Name…</source>
        <translation>ا&amp;سم المراجِع…</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="123"/>
        <source>The name that stands beside your tags, notes and verdicts</source>
        <translation>الاسم الذي يظهر بجانب وسومك وملاحظاتك وأحكامك</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="126"/>
        <source>Search the articles (Ctrl+F)</source>
        <translation>ابحث في المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="288"/>
        <source>Saved. The new language, digits, data folder or server applies from the next start.</source>
        <translation>حُفظ. تسري اللغة أو الأرقام أو مجلد البيانات أو الخادم الجديد من البدء القادم.</translation>
    </message>
</context>
<context>
    <name>NameOutletDialog</name>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="60"/>
        <source>Name the Outlet</source>
        <translation>تسمية المصدر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="61"/>
        <source>The outlet of the %n chosen article(s):</source>
        <translation>
            <numerusform>مصدر المقالات المختارة:</numerusform>
            <numerusform>مصدر المقال المختار:</numerusform>
            <numerusform>مصدر المقالين المختارين:</numerusform>
            <numerusform>مصدر المقالات المختارة (%n):</numerusform>
            <numerusform>مصدر المقالات المختارة (%n):</numerusform>
            <numerusform>مصدر المقالات المختارة (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="63"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="66"/>
        <source>Choose a known outlet or type a new name. Leave it empty to mark the articles as unnamed. Edit → Undo takes it back.</source>
        <translation>اختر مصدرًا معروفًا أو اكتب اسمًا جديدًا. اتركه فارغًا لتعليم المقالات بلا مصدر. تحرير ← تراجع يعيده كما كان.</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../ui/notes.py" line="102"/>
        <source>The collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/notes.py" line="107"/>
        <source>Article: %1</source>
        <translation>المقال: %1</translation>
    </message>
    <message>
        <location filename="../../ui/notes.py" line="127"/>
        <source>Tagged passage «%1»</source>
        <translation>المقطع الموسوم «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/notes.py" line="131"/>
        <source>The passage in focus, in all its versions</source>
        <translation>المقطع المحدد بكل نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/notes.py" line="224"/>
        <source>Note deleted. Ctrl+Z brings it back.</source>
        <translation>حُذفت الملاحظة. Ctrl+Z يعيدها.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="61"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="68"/>
        <source>Search notes…</source>
        <translation>ابحث في الملاحظات…</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="70"/>
        <source>Search notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="76"/>
        <source>Notes, newest first</source>
        <translation>الملاحظات، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="80"/>
        <source>What the note is about</source>
        <translation>موضوع الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="83"/>
        <source>Write a note, in Arabic or English…</source>
        <translation>اكتب ملاحظة بالعربية أو الإنجليزية…</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="84"/>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="89"/>
        <location filename="../../ui/views/notes_panel.py" line="155"/>
        <source>Add Note</source>
        <translation>أضف ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="92"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="96"/>
        <source>On:</source>
        <translation>على:</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="147"/>
        <source>Save Note</source>
        <translation>احفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="165"/>
        <source>No note matches the search.</source>
        <translation>لا ملاحظة تطابق البحث.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="167"/>
        <source>No notes yet. Write one below.</source>
        <translation>لا ملاحظات بعد. اكتب واحدة في الأسفل.</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="176"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="178"/>
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="180"/>
        <source>on the collection %1</source>
        <translation>على المجموعة %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="181"/>
        <source>on the article %1</source>
        <translation>على المقال %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="182"/>
        <source>on the tagged passage %1</source>
        <translation>على المقطع الموسوم %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="183"/>
        <source>on the passage group %1</source>
        <translation>على مجموعة المقاطع %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="186"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/views/notes_panel.py" line="186"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>OutletController</name>
    <message>
        <location filename="../../ui/outlets.py" line="49"/>
        <source>Name the &amp;Outlet of the Chosen Articles…</source>
        <translation>سمِّ م&amp;صدر المقالات المختارة…</translation>
    </message>
    <message>
        <location filename="../../ui/outlets.py" line="50"/>
        <source>Name the outlet of the articles chosen in the sidebar (or open)</source>
        <translation>سمِّ مصدر المقالات المختارة في الشريط الجانبي (أو المفتوحة)</translation>
    </message>
    <message>
        <location filename="../../ui/outlets.py" line="55"/>
        <source>Out&amp;lets…</source>
        <translation>الم&amp;صادر…</translation>
    </message>
    <message>
        <location filename="../../ui/outlets.py" line="56"/>
        <source>Every outlet: rename one, merge several that are one</source>
        <translation>كل المصادر: أعد تسمية مصدر، أو ادمج عدة أسماء لمصدر واحد</translation>
    </message>
</context>
<context>
    <name>OutletLabel</name>
    <message>
        <location filename="../../ui/outlet_label.py" line="26"/>
        <source>unnamed (%1)</source>
        <translation>بلا اسم (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/outlet_label.py" line="30"/>
        <source>Outlet not named</source>
        <translation>المصدر غير مسمّى</translation>
    </message>
</context>
<context>
    <name>OutletsDialog</name>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="97"/>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="108"/>
        <source>Outlets</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="101"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="101"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="101"/>
        <source>Also called</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="110"/>
        <source>&amp;Rename…</source>
        <translation>أعد ال&amp;تسمية…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="112"/>
        <source>&amp;Merge…</source>
        <translation>ا&amp;دمج…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="114"/>
        <source>One outlet under several names: keep one, the others become its aliases</source>
        <translation>مصدر واحد بعدة أسماء: أبقِ واحدًا، وتصبح البقية أسماء أخرى له</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="119"/>
        <source>Select an outlet to rename it, or several names of one outlet to merge them. Edit → Undo takes either back.</source>
        <translation>اختر مصدرًا لإعادة تسميته، أو عدة أسماء لمصدر واحد لدمجها. تحرير ← تراجع يعيد أيًّا منهما.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="167"/>
        <source>Rename Outlet</source>
        <translation>إعادة تسمية المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="168"/>
        <source>New name for %1 (the old name stays as an alias):</source>
        <translation>اسم جديد لـ%1 (يبقى الاسم القديم اسمًا آخر له):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="177"/>
        <source>Merge Outlets</source>
        <translation>دمج المصادر</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="179"/>
        <source>Keep which name? The articles of the others move to it, and their names become its aliases.</source>
        <translation>أي اسم يبقى؟ تنتقل إليه مقالات البقية، وتصبح أسماؤها أسماء أخرى له.</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../ui/views/overview_strip.py" line="66"/>
        <source>The whole article: click to go there</source>
        <translation>المقال كله: انقر للانتقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_strip.py" line="67"/>
        <source>Overview of the article</source>
        <translation>نظرة عامة على المقال</translation>
    </message>
</context>
<context>
    <name>PairwiseView</name>
    <message>
        <location filename="../../ui/views/pairwise.py" line="116"/>
        <source>Two Articles</source>
        <translation>مقالان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="180"/>
        <source>%n linked passage(s)</source>
        <translation>
            <numerusform>لا مقاطع متقابلة</numerusform>
            <numerusform>مقطع متقابل واحد</numerusform>
            <numerusform>مقطعان متقابلان</numerusform>
            <numerusform>%n&#xa0;مقاطع متقابلة</numerusform>
            <numerusform>%n&#xa0;مقطعًا متقابلًا</numerusform>
            <numerusform>%n&#xa0;مقطع متقابل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="182"/>
        <source>%n pair(s) in a different order (crossing bands)</source>
        <translation>
            <numerusform>لا أزواج بترتيب مختلف</numerusform>
            <numerusform>زوج واحد بترتيب مختلف (أشرطة متقاطعة)</numerusform>
            <numerusform>زوجان بترتيب مختلف (أشرطة متقاطعة)</numerusform>
            <numerusform>%n&#xa0;أزواج بترتيب مختلف (أشرطة متقاطعة)</numerusform>
            <numerusform>%n&#xa0;زوجًا بترتيب مختلف (أشرطة متقاطعة)</numerusform>
            <numerusform>%n&#xa0;زوج بترتيب مختلف (أشرطة متقاطعة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="184"/>
        <source>%n set by a reviewer (dashed)</source>
        <translation>
            <numerusform>لا شيء حدّده مراجع</numerusform>
            <numerusform>زوج واحد حدّده مراجع (متقطّع)</numerusform>
            <numerusform>زوجان حدّدهما مراجع (متقطّعان)</numerusform>
            <numerusform>%n&#xa0;أزواج حدّدها مراجع (متقطّعة)</numerusform>
            <numerusform>%n&#xa0;زوجًا حدّده مراجع (متقطّعًا)</numerusform>
            <numerusform>%n&#xa0;زوج حدّده مراجع (متقطّع)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassageEditsController</name>
    <message>
        <location filename="../../ui/passage_edits.py" line="120"/>
        <source>Merge Its Passage with the Chosen One</source>
        <translation>ادمج مقطعها بالمقطع المختار</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="122"/>
        <source>Link to the Chosen Passage</source>
        <translation>اربطها بالمقطع المختار</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="125"/>
        <source>Every sentence of both passages becomes one passage</source>
        <translation>تصير جمل المقطعين كلها مقطعًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="126"/>
        <source>Link Without Merging</source>
        <translation>اربط دون دمج</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="128"/>
        <source>The two sentences say the same; each passage keeps its sentences</source>
        <translation>الجملتان تقولان الشيء نفسه؛ ويحتفظ كل مقطع بجمله</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="131"/>
        <source>Take Out of the Chosen Passage</source>
        <translation>أخرجها من المقطع المختار</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="140"/>
        <source>Click a passage in another article first; then right-click here.</source>
        <translation>انقر أولًا مقطعًا في مقال آخر، ثم انقر هنا بالزر الأيمن.</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="144"/>
        <source>Split the Chosen Passage Here</source>
        <translation>قسّم المقطع المختار هنا</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="147"/>
        <source>Make a passage of this sentence and the versions closest to it</source>
        <translation>اجعل من هذه الجملة والنسخ الأقرب إليها مقطعًا مستقلًا</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="153"/>
        <source>Split the Sentence Here</source>
        <translation>اقسم الجملة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/passage_edits.py" line="155"/>
        <source>Compare the two parts of this sentence on their own</source>
        <translation>قارن جزأي هذه الجملة كلًّا على حدة</translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="72"/>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="79"/>
        <source>Versions of the selected passage</source>
        <translation>نسخ المقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="92"/>
        <source>Click a passage in any article to see every outlet&apos;s version of it here, with the words that differ marked.</source>
        <translation>انقر مقطعًا في أيّ مقال لترى هنا نسخة كل مصدر منه، والكلمات المختلفة معلّمة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="154"/>
        <source>Carried by %1 of %2 articles</source>
        <translation>ينقله %1 من أصل %2 من المقالات</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="160"/>
        <source>nothing in the other articles came close in wording; an outlet may still say it in other words</source>
        <translation>لم يقترب منها شيء في المقالات الأخرى بألفاظه؛ وقد يقولها مصدر آخر بكلمات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="165"/>
        <source>Not sure: another outlet may carry it (if none of these says the same: Nothing to Link Here)</source>
        <translation>غير مؤكد: قد يحملها مصدر آخر (إن لم تقل أيٌّ من هذه الشيء نفسه: «لا شيء للربط هنا»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="170"/>
        <source>Not sure: it is in another language than most of the articles, and the comparison matches words, so it cannot tell whether another outlet carries it (if none does: Nothing to Link Here)</source>
        <translation>غير مؤكد: هذه الجملة بلغة غير لغة أغلب المقالات، والمقارنة تطابق الكلمات، فلا تستطيع أن تحكم إن كان مصدر آخر يحملها (إن لم يحملها أحد: «لا شيء للربط هنا»)</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="176"/>
        <source>Not compared: too few words, or a photo caption whose words the other articles&apos; sentences carry</source>
        <translation>لم تُقارن: كلماتها قليلة، أو تعليق صورة تحمل جملُ المقالات الأخرى كلماتِه</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="180"/>
        <source>corrected by a reviewer (linked or taken out by hand)</source>
        <translation>صحّحه مراجِع (رُبط أو أُخرج يدويًا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="187"/>
        <source>%n close sentence(s) outside it, below</source>
        <translation>
            <numerusform>لا جمل قريبة خارجه</numerusform>
            <numerusform>جملة قريبة واحدة خارجه، في الأسفل</numerusform>
            <numerusform>جملتان قريبتان خارجه، في الأسفل</numerusform>
            <numerusform>%n&#xa0;جمل قريبة خارجه، في الأسفل</numerusform>
            <numerusform>%n&#xa0;جملة قريبة خارجه، في الأسفل</numerusform>
            <numerusform>%n&#xa0;جملة قريبة خارجه، في الأسفل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="194"/>
        <source>%n part(s) to split off and link, below</source>
        <translation>
            <numerusform>لا أجزاء للفصل والربط</numerusform>
            <numerusform>جزء واحد للفصل والربط، في الأسفل</numerusform>
            <numerusform>جزءان للفصل والربط، في الأسفل</numerusform>
            <numerusform>%n&#xa0;أجزاء للفصل والربط، في الأسفل</numerusform>
            <numerusform>%n&#xa0;جزءًا للفصل والربط، في الأسفل</numerusform>
            <numerusform>%n&#xa0;جزء للفصل والربط، في الأسفل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="198"/>
        <source>To check: %1 of %2 (%3: the next)</source>
        <translation>للتحقق: %1 من %2 (%3: التالية)</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="244"/>
        <location filename="../../ui/views/passage_panel.py" line="283"/>
        <source>(a related passage)</source>
        <translation>(مقطع ذو صلة)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="248"/>
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n زوج)</numerusform>
            <numerusform>%1 (زوج واحد)</numerusform>
            <numerusform>%1 (زوجان)</numerusform>
            <numerusform>%1 (%n أزواج)</numerusform>
            <numerusform>%1 (%n زوجًا)</numerusform>
            <numerusform>%1 (%n زوج)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="254"/>
        <source>%1: %2 figures · %3</source>
        <translation>%1: عدد الأرقام %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="254"/>
        <source>%1: %2 versions · %3</source>
        <translation>%1: عدد الروايات %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="288"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="318"/>
        <source>No other article has a sentence close to this one.</source>
        <translation>لا جملة في المقالات الأخرى قريبة من هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="322"/>
        <source>In no passage. The closest sentences of the other articles (closest first, a passage judged by all its versions together), which the comparison did not put in one passage with it; link one if it says the same:</source>
        <translation>ليست في أي مقطع. هذه أقرب جمل المقالات الأخرى إليها (الأقرب أولًا، ويُقاس كل مقطع برواياته كلها معًا)، ولم تضعها المقارنة معها في مقطع واحد؛ اربط إحداها إن كانت تقول الشيء نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="328"/>
        <source>Close to this passage but not in it (the comparison was not sure enough), closest first, a passage judged by all its versions together; link one if it says the same:</source>
        <translation>قريبة من هذا المقطع وليست فيه (لم تكن المقارنة واثقة بما يكفي)، الأقرب أولًا، ويُقاس كل مقطع برواياته كلها معًا؛ اربط إحداها إن كانت تقول الشيء نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="342"/>
        <source>%1 % alike in wording</source>
        <translation>تشابه في الصياغة %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="344"/>
        <source>in another passage</source>
        <translation>في مقطع آخر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="382"/>
        <source>Its passage holds %n more sentence(s), which Merge takes too:</source>
        <translation>
            <numerusform>لا يضم مقطعها جملًا أخرى:</numerusform>
            <numerusform>يضم مقطعها جملة أخرى، وتأخذها «ادمج» أيضًا:</numerusform>
            <numerusform>يضم مقطعها جملتين أخريين، وتأخذهما «ادمج» أيضًا:</numerusform>
            <numerusform>يضم مقطعها %n&#xa0;جمل أخرى، وتأخذها «ادمج» أيضًا:</numerusform>
            <numerusform>يضم مقطعها %n&#xa0;جملة أخرى، وتأخذها «ادمج» أيضًا:</numerusform>
            <numerusform>يضم مقطعها %n&#xa0;جملة أخرى، وتأخذها «ادمج» أيضًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="398"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ولا غيرها</numerusform>
            <numerusform>… وجملة أخرى</numerusform>
            <numerusform>… وجملتان أخريان</numerusform>
            <numerusform>… و%n&#xa0;جمل أخرى</numerusform>
            <numerusform>… و%n&#xa0;جملة أخرى</numerusform>
            <numerusform>… و%n&#xa0;جملة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="346"/>
        <source>linked by a reviewer, not merged</source>
        <translation>ربطه مراجع دون دمج</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="348"/>
        <source>linked, not in one passage</source>
        <translation>مربوطة، لكن ليست في مقطع واحد</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="352"/>
        <source>Link Without Merging</source>
        <translation>اربط دون دمج</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="411"/>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="349"/>
        <source>Link</source>
        <translation>اربط</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="349"/>
        <source>Merge</source>
        <translation>ادمج</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="438"/>
        <source>Part of this sentence is closer to a sentence of another article than the whole sentence is (it may carry two claims); split it there and link the part if they say the same:</source>
        <translation>جزء من هذه الجملة أقرب إلى جملة من مقال آخر من الجملة كلها (قد تحمل خبرين)؛ اقسمها هناك واربط الجزء إن كانا يقولان الشيء نفسه:</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="453"/>
        <source>the part %1 % alike in wording, the whole sentence %2 %</source>
        <translation>تشابه الجزء في الصياغة %1٪، والجملة كلها %2٪</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="458"/>
        <source>Split and Link</source>
        <translation>قسمة وربط</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="480"/>
        <source>chosen passage</source>
        <translation>المقطع المختار</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="487"/>
        <source>not in the chosen passage</source>
        <translation>ليس في المقطع المختار</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="488"/>
        <source>worded differently</source>
        <translation>بصياغة مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="489"/>
        <source>the same name, spelled differently</source>
        <translation>الاسم نفسه بتهجئة مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="490"/>
        <source>another word for the same (the paraphrase lexicon)</source>
        <translation>كلمة أخرى للمعنى نفسه (معجم المترادفات)</translation>
    </message>
    <message>
        <location filename="../../ui/views/passage_panel.py" line="500"/>
        <source>Leaves out:</source>
        <translation>يُغفل:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="58"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="62"/>
        <source>Your name, beside your tags, notes and verdicts</source>
        <translation>اسمك، بجانب وسومك وملاحظاتك وأحكامك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="65"/>
        <location filename="../../ui/dialogs/preferences.py" line="72"/>
        <location filename="../../ui/dialogs/preferences.py" line="87"/>
        <source>As the system is set</source>
        <translation>كما في إعدادات النظام</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="73"/>
        <source>Western (0–9)</source>
        <translation>غربية (0–9)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="74"/>
        <source>Eastern Arabic (٠–٩)</source>
        <translation>عربية مشرقية (٠–٩)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="80"/>
        <source>The digits of the Arabic interface: counts, dates, the status bar. The articles keep the digits they were written with.</source>
        <translation>الأرقام في الواجهة العربية: الأعداد والتواريخ وشريط الحالة. تبقى المقالات بالأرقام التي كُتبت بها.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="88"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="89"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="101"/>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="105"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="110"/>
        <source>Given on the command line or by TABAYUN_DATA_DIR</source>
        <translation>محدد في سطر الأوامر أو بالمتغير TABAYUN_DATA_DIR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="115"/>
        <source>Empty: this computer&apos;s file. postgresql://you@server/desk</source>
        <translation>فارغ: ملف هذا الحاسوب. postgresql://you@server/desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="119"/>
        <source>A shared PostgreSQL server for the desk. The password is never kept in the settings: type it below to keep it in the system keyring, or put it in ~/.pgpass (a password typed in the address is left out when saved).</source>
        <translation>خادم PostgreSQL مشترك لفريق التحرير. لا تُحفظ كلمة المرور في الإعدادات أبدًا: اكتبها في الحقل أدناه لتُحفظ في سلسلة مفاتيح النظام، أو ضعها في ‎~/.pgpass (كلمة المرور المكتوبة داخل العنوان تُحذف عند الحفظ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="129"/>
        <source>Kept in the system keyring, not in the settings (optional)</source>
        <translation>تُحفظ في سلسلة مفاتيح النظام لا في الإعدادات (اختياري)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="131"/>
        <source>Test Connection</source>
        <translation>اختبر الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="140"/>
        <source>Given on the command line or by TABAYUN_DATABASE_URL</source>
        <translation>محدَّد في سطر الأوامر أو بالمتغير TABAYUN_DATABASE_URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="143"/>
        <source>&amp;Reviewer name:</source>
        <translation>اسم ال&amp;مراجِع:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="144"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="145"/>
        <source>&amp;Digits in Arabic:</source>
        <translation>&amp;الأرقام في العربية:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="146"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="147"/>
        <source>Article &amp;font:</source>
        <translation>&amp;خط المقالات:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="148"/>
        <source>Article text &amp;size:</source>
        <translation>&amp;حجم نص المقالات:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="149"/>
        <source>&amp;Data folder:</source>
        <translation>مجلد ال&amp;بيانات:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="150"/>
        <source>Shared &amp;server:</source>
        <translation>ال&amp;خادم المشترك:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="151"/>
        <source>Server &amp;password:</source>
        <translation>&amp;كلمة مرور الخادم:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="155"/>
        <source>A new language, digits, data folder or server takes effect the next time Tabayun starts. The data already in the old folder stays there.</source>
        <translation>تسري اللغة أو الأرقام أو مجلد البيانات أو الخادم الجديد في المرة القادمة التي يبدأ فيها تبيّن. تبقى البيانات الموجودة في المجلد القديم فيه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="177"/>
        <source>No server: Tabayun uses this computer&apos;s file.</source>
        <translation>لا خادم: يستعمل تبيّن ملف هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="181"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="225"/>
        <source>This system has no keyring to keep the server&apos;s password in: put it in ~/.pgpass instead. The other settings were saved.</source>
        <translation>لا توجد في هذا النظام سلسلة مفاتيح تُحفظ فيها كلمة مرور الخادم: ضعها في ‎~/.pgpass بدلًا من ذلك. حُفظت الإعدادات الأخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="236"/>
        <source>Data Folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="263"/>
        <source>Server Password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../ui/provenance.py" line="15"/>
        <source>Nothing in the file names the outlet.</source>
        <translation>لا شيء في الملف يسمّي المصدر.</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="17"/>
        <location filename="../../ui/provenance.py" line="49"/>
        <source>From the metadata file beside it</source>
        <translation>من ملف البيانات الوصفية المجاور له</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="18"/>
        <location filename="../../ui/provenance.py" line="51"/>
        <source>From the file&apos;s front matter</source>
        <translation>من ترويسة الملف</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="19"/>
        <source>From the record&apos;s own fields</source>
        <translation>من حقول السجل نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="20"/>
        <source>From the page&apos;s own metadata</source>
        <translation>من البيانات الوصفية للصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="21"/>
        <source>From the page&apos;s web address</source>
        <translation>من عنوان الصفحة على الويب</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="22"/>
        <source>From its source line</source>
        <translation>من سطر المصدر فيه</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="23"/>
        <source>From the outlet&apos;s signature in the text</source>
        <translation>من توقيع المصدر في النص</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="24"/>
        <source>Named by a reviewer</source>
        <translation>سمّاه مراجِع</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="26"/>
        <source>Where it came from was not kept</source>
        <translation>لم يُحفظ من أين جاء</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="35"/>
        <source>metadata file</source>
        <translation>ملف وصفي</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="36"/>
        <source>front matter</source>
        <translation>ترويسة</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="37"/>
        <source>record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="38"/>
        <source>page metadata</source>
        <translation>بيانات الصفحة</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="39"/>
        <source>web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="40"/>
        <source>source line</source>
        <translation>سطر المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="41"/>
        <source>signature</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="42"/>
        <source>by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="50"/>
        <source>From the file&apos;s own metadata</source>
        <translation>من البيانات الوصفية للملف</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="52"/>
        <source>From its date line</source>
        <translation>من سطر التاريخ فيه</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="53"/>
        <source>From its dateline</source>
        <translation>من سطر المكان والتاريخ في مطلعه</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="54"/>
        <source>The first date in the text (may be the event&apos;s date)</source>
        <translation>أول تاريخ في النص (قد يكون تاريخ الحدث)</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="55"/>
        <source>The file&apos;s own modification time</source>
        <translation>وقت تعديل الملف نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="56"/>
        <source>When the document was last saved (a guess: no date in its text)</source>
        <translation>تاريخ آخر حفظ للمستند (تخمين: لا تاريخ في نصه)</translation>
    </message>
    <message>
        <location filename="../../ui/provenance.py" line="59"/>
        <source>Set by a reviewer</source>
        <translation>حدّده مراجِع</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../ui/search.py" line="39"/>
        <source>Search the articles (Ctrl+F)</source>
        <translation>ابحث في المقالات (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/search.py" line="43"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/views/search_panel.py" line="52"/>
        <source>Search Results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="57"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="72"/>
        <source>No article holds every word of “{query}”.</source>
        <translation>لا مقال يحوي كل كلمات «{query}».</translation>
    </message>
    <message>
        <location filename="../../ui/views/search_panel.py" line="76"/>
        <source>The best {shown} of {total} articles</source>
        <translation>أفضل {shown} من {total} مقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/search_panel.py" line="81"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n&#xa0;مقالات</numerusform>
            <numerusform>%n&#xa0;مقالًا</numerusform>
            <numerusform>%n&#xa0;مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../ui/views/side_by_side.py" line="50"/>
        <source>Select articles in the sidebar, then press Enter or “Open side by side” to read them next to each other.</source>
        <translation>حدّد مقالات في الشريط الجانبي، ثم اضغط Enter أو «افتح جنبًا إلى جنب» لقراءتها متجاورة.</translation>
    </message>
    <message>
        <location filename="../../ui/views/side_by_side.py" line="56"/>
        <source>Import Your Articles…</source>
        <translation>استورد مقالاتك…</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="25"/>
        <source>Your database is damaged</source>
        <translation>قاعدة بياناتك تالفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="27"/>
        <source>Tabayun cannot open your data</source>
        <translation>يتعذّر على تبيّن فتح بياناتك</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="36"/>
        <source>Something unexpected went wrong while opening your data.</source>
        <translation>حدث خطأ غير متوقع أثناء فتح بياناتك.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="41"/>
        <source>Moving it aside keeps the old file next to the new one; nothing is deleted.</source>
        <translation>نقله جانبًا يُبقي الملف القديم بجوار الجديد؛ لا يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="48"/>
        <source>Put Back the Newest Good Backup</source>
        <translation>أعِد أحدث نسخة احتياطية سليمة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/startup_error.py" line="53"/>
        <source>Move Aside and Start Fresh</source>
        <translation>انقله جانبًا وابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>StoriesController</name>
    <message>
        <location filename="../../ui/stories.py" line="159"/>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="161"/>
        <source>Find Stories</source>
        <translation>اكتشف القصص</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="164"/>
        <source>Group the collection&apos;s articles by the event they report. Stories you named, merged or split stay as they are.</source>
        <translation>جمّع مقالات المجموعة بحسب الحدث الذي تنقله. القصص التي سمّيتها أو دمجتها أو قسمتها تبقى كما هي.</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="171"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="205"/>
        <source>All collections</source>
        <translation>كل المجموعات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="239"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>لا قصص</numerusform>
            <numerusform>قصة واحدة</numerusform>
            <numerusform>قصتان</numerusform>
            <numerusform>%n&#xa0;قصص</numerusform>
            <numerusform>%n&#xa0;قصة</numerusform>
            <numerusform>%n&#xa0;قصة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="241"/>
        <source>No stories yet. Choose a collection and press Find Stories.</source>
        <translation>لا قصص بعد. اختر مجموعة واضغط «اكتشف القصص».</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="267"/>
        <source>Finding the stories…</source>
        <translation>يجري اكتشاف القصص…</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="291"/>
        <source>Stopped; the stories are as they were.</source>
        <translation>توقّف؛ القصص كما كانت.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="302"/>
        <source>%n story(ies) found</source>
        <translation>
            <numerusform>لم توجد قصص</numerusform>
            <numerusform>وُجدت قصة واحدة</numerusform>
            <numerusform>وُجدت قصتان</numerusform>
            <numerusform>وُجدت %n&#xa0;قصص</numerusform>
            <numerusform>وُجدت %n&#xa0;قصة</numerusform>
            <numerusform>وُجدت %n&#xa0;قصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="304"/>
        <source>%n of yours kept</source>
        <translation>
            <numerusform>لم تُبقَ أي قصة من قصصك</numerusform>
            <numerusform>أُبقيت قصة واحدة من قصصك</numerusform>
            <numerusform>أُبقيت قصتان من قصصك</numerusform>
            <numerusform>أُبقيت %n&#xa0;قصص من قصصك</numerusform>
            <numerusform>أُبقيت %n&#xa0;قصة من قصصك</numerusform>
            <numerusform>أُبقيت %n&#xa0;قصة من قصصك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="318"/>
        <source>Rename Story</source>
        <translation>إعادة تسمية القصة</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="318"/>
        <source>Name of the story:</source>
        <translation>اسم القصة:</translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message>
        <location filename="../../ui/models/stories_model.py" line="57"/>
        <source>Named or changed by the reviewer</source>
        <translation>سمّاها المراجع أو عدّلها</translation>
    </message>
    <message>
        <location filename="../../ui/models/stories_model.py" line="59"/>
        <source>Found by Tabayun</source>
        <translation>اكتشفها تبيّن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/stories_model.py" line="67"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%n&#xa0;مقالات</numerusform>
            <numerusform>%n&#xa0;مقالًا</numerusform>
            <numerusform>%n&#xa0;مقال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/stories_model.py" line="68"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>لا وسائل إعلام</numerusform>
            <numerusform>وسيلة إعلام واحدة</numerusform>
            <numerusform>وسيلتا إعلام</numerusform>
            <numerusform>%n&#xa0;وسائل إعلام</numerusform>
            <numerusform>%n&#xa0;وسيلة إعلام</numerusform>
            <numerusform>%n&#xa0;وسيلة إعلام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoriesTree</name>
    <message>
        <location filename="../../ui/stories.py" line="58"/>
        <source>Stories and their articles</source>
        <translation>القصص ومقالاتها</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="106"/>
        <source>Open Side by Side</source>
        <translation>افتح جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../../ui/stories.py" line="110"/>
        <source>Rename Story…</source>
        <translation>أعد تسمية القصة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="115"/>
        <source>Merge %n Stories</source>
        <translation>
            <numerusform>ادمج القصص</numerusform>
            <numerusform>ادمج القصة</numerusform>
            <numerusform>ادمج القصتين</numerusform>
            <numerusform>ادمج %n&#xa0;قصص</numerusform>
            <numerusform>ادمج %n&#xa0;قصة</numerusform>
            <numerusform>ادمج %n&#xa0;قصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="121"/>
        <source>Move %n Article(s) to a New Story</source>
        <translation>
            <numerusform>انقل المقالات إلى قصة جديدة</numerusform>
            <numerusform>انقل المقال إلى قصة جديدة</numerusform>
            <numerusform>انقل المقالين إلى قصة جديدة</numerusform>
            <numerusform>انقل %n&#xa0;مقالات إلى قصة جديدة</numerusform>
            <numerusform>انقل %n&#xa0;مقالًا إلى قصة جديدة</numerusform>
            <numerusform>انقل %n&#xa0;مقال إلى قصة جديدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="37"/>
        <source>Edit Tag</source>
        <translation>تعديل الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="37"/>
        <source>New Tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="40"/>
        <source>for example: ادعاء</source>
        <translation>مثلًا: ادعاء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="42"/>
        <source>for example: Claim</source>
        <translation>مثلًا: Claim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="49"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="56"/>
        <source>Name in the &amp;other language:</source>
        <translation>الاسم باللغة الأ&amp;خرى:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="57"/>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="58"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="59"/>
        <source>Shortcut &amp;key:</source>
        <translation>م&amp;فتاح الاختصار:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tag_dialog.py" line="71"/>
        <source>Tag Colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="52"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="57"/>
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="58"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="58"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="58"/>
        <source>Uses</source>
        <translation>الاستخدامات</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="76"/>
        <source>Tag Text</source>
        <translation>اوسم النص</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="77"/>
        <source>Tag the selected text with this tag (or press the tag&apos;s key, 1–9)</source>
        <translation>اوسم النص المحدد بهذا الوسم (أو اضغط مفتاح الوسم، 1–9)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="79"/>
        <source>Tag Article</source>
        <translation>اوسم المقال</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="82"/>
        <source>New Tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="96"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="97"/>
        <source>Edit, move, merge or delete the tag; give keys</source>
        <translation>عدّل الوسم أو انقله أو ادمجه أو احذفه؛ وزّع المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="101"/>
        <source>The Chosen &amp;Tag</source>
        <translation>ال&amp;وسم المختار</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="106"/>
        <source>Edit (Name, Colour, Description, Key)…</source>
        <translation>تعديل (الاسم، اللون، الوصف، المفتاح)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="108"/>
        <source>Move Under Another Tag…</source>
        <translation>انقله تحت وسم آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="110"/>
        <source>Merge Into Another Tag…</source>
        <translation>ادمجه في وسم آخر…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="112"/>
        <source>Delete This Tag…</source>
        <translation>احذف هذا الوسم…</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="114"/>
        <source>Give Keys 1–9 to the Most Used Tags</source>
        <translation>أعطِ المفاتيح 1–9 للوسوم الأكثر استعمالًا</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="80"/>
        <source>Tag the whole article in use with this tag</source>
        <translation>اوسم المقال الحالي كله بهذا الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="82"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="201"/>
        <source>Tag the Selected Text</source>
        <translation>اوسم النص المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="202"/>
        <source>Tag the Whole Article</source>
        <translation>اوسم المقال كله</translation>
    </message>
    <message>
        <location filename="../../ui/views/tag_panel.py" line="104"/>
        <source>New Tag Under This One…</source>
        <translation>وسم جديد تحت هذا…</translation>
    </message>
</context>
<context>
    <name>TaggedList</name>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="79"/>
        <source>Tagged Passages</source>
        <translation>المقاطع الموسومة</translation>
    </message>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="84"/>
        <source>Tagged passages</source>
        <translation>المقاطع الموسومة</translation>
    </message>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="113"/>
        <source>(the whole article)</source>
        <translation>(المقال كله)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="113"/>
        <source>(not found in the text) </source>
        <translation>(غير موجود في النص) </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/tagged_list.py" line="132"/>
        <source>Only passages not found after a re-import (%n)</source>
        <translation>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
            <numerusform>المقاطع غير الموجودة بعد إعادة الاستيراد فقط (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggedModel</name>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="43"/>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="43"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/views/tagged_list.py" line="43"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <location filename="../../ui/tagging.py" line="103"/>
        <location filename="../../ui/tagging.py" line="119"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="105"/>
        <location filename="../../ui/tagging.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="117"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="122"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="126"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="127"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="146"/>
        <source>Who Is Reviewing?</source>
        <translation>مَن يراجع؟</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="148"/>
        <source>Your name, as it will stand beside your tags, notes and verdicts:</source>
        <translation>اسمك كما سيظهر بجانب وسومك وملاحظاتك وأحكامك:</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="214"/>
        <source>Tabayun</source>
        <translation>تبيّن</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="274"/>
        <source>Select some text in an article first, then choose a tag.</source>
        <translation>حدّد نصًا في مقال أولًا، ثم اختر وسمًا.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="286"/>
        <source>No tag has the key %1 yet (Tags panel: Edit).</source>
        <translation>لا وسم للمفتاح %1 بعد (لوحة الوسوم: تعديل).</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="320"/>
        <source>Tag Selection</source>
        <translation>اوسم التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="372"/>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="383"/>
        <source>Move under which tag?</source>
        <translation>تحت أيّ وسم تنقله؟</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="390"/>
        <source>Merge into which tag?</source>
        <translation>في أيّ وسم تدمجه؟</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="406"/>
        <source>Delete the tag «%1»? Its %2 use(s) go with it.</source>
        <translation>أتحذف الوسم «%1»؟ ستُحذف معه استخداماته (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="409"/>
        <source>Its %1 child tag(s) move up one level.</source>
        <translation>وسومه الفرعية (%1) ترتفع مستوى واحدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="412"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن هذا بـ Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/tagging.py" line="413"/>
        <source>Delete Tag</source>
        <translation>حذف الوسم</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="34"/>
        <source>Agree</source>
        <translation>متفقة</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="34"/>
        <source>The outlets report this passage alike</source>
        <translation>تنقل المصادر هذا المقطع بالمعنى نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="35"/>
        <source>Differ</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="35"/>
        <source>The outlets tell it differently</source>
        <translation>ترويه المصادر بطرق مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="36"/>
        <source>Contradict</source>
        <translation>متناقضة</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="36"/>
        <source>The versions cannot all be true</source>
        <translation>لا يمكن أن تصح النسخ كلها</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="37"/>
        <source>Unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="37"/>
        <source>Needs more checking</source>
        <translation>يحتاج مزيدًا من التحقق</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="44"/>
        <source>Your verdict:</source>
        <translation>حكمك:</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="95"/>
        <source>Why? (optional; Enter saves)</source>
        <translation>لماذا؟ (اختياري؛ Enter للحفظ)</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="63"/>
        <source>Comment on the verdict</source>
        <translation>تعليق على الحكم</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="68"/>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="69"/>
        <source>Write a note on this passage in the Notes panel</source>
        <translation>اكتب ملاحظة على هذا المقطع في لوحة الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="97"/>
        <source>Not compared with the other articles: no verdict to give</source>
        <translation>لم يُقارَن بالمقالات الأخرى: لا حكم يُعطى عليه</translation>
    </message>
    <message>
        <location filename="../../ui/views/verdict_bar.py" line="118"/>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../app/review/annotations.py" line="43"/>
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="50"/>
        <location filename="../../app/review/codebook.py" line="88"/>
        <location filename="../../app/review/codebook.py" line="193"/>
        <source>That tag no longer exists.</source>
        <translation>لم يعد هذا الوسم موجودًا.</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="82"/>
        <source>Tag a passage</source>
        <translation>وسم مقطع</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="88"/>
        <source>The selection {start}..{end} is outside the article (0..{length}).</source>
        <translation>التحديد {start}..{end} خارج المقال (0..{length}).</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="93"/>
        <source>Select some text to tag, not only spaces.</source>
        <translation>حدّد نصًا لوسمه، لا فراغات فقط.</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="96"/>
        <source>Tag «{quote}» as {tag}</source>
        <translation>وسم «{quote}» بـ{tag}</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="113"/>
        <source>Tag an article</source>
        <translation>وسم مقال</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="116"/>
        <source>Tag the article as {tag}</source>
        <translation>وسم المقال بـ{tag}</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="128"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="132"/>
        <source>Remove {tag} from «{quote}»</source>
        <translation>إزالة {tag} عن «{quote}»</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="140"/>
        <source>Delete a tagged passage</source>
        <translation>حذف مقطع موسوم</translation>
    </message>
    <message>
        <location filename="../../app/review/annotations.py" line="143"/>
        <source>Delete the tags of «{quote}»</source>
        <translation>حذف وسوم «{quote}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="95"/>
        <source>A tag needs a name.</source>
        <translation>يحتاج الوسم إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="104"/>
        <source>There is already a tag named «{name}» there.</source>
        <translation>يوجد هناك وسم باسم «{name}».</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="114"/>
        <source>Shortcut keys are 1 to 9.</source>
        <translation>مفاتيح الاختصار من 1 إلى 9.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="137"/>
        <source>New tag «{tag}»</source>
        <translation>وسم جديد «{tag}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="146"/>
        <location filename="../../app/review/codebook.py" line="206"/>
        <source>«{colour}» is not a colour like #1A2B3C.</source>
        <translation>«{colour}» ليس لونًا مثل #1A2B3C.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="190"/>
        <source>Edit tag</source>
        <translation>تعديل وسم</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="194"/>
        <source>Edit tag «{tag}»</source>
        <translation>تعديل الوسم «{tag}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="228"/>
        <source>Someone else changed the tag «{name}» while you were editing it (it is now «{now}», {colour}). Your changes were not saved: open the tag again to see theirs, and change it from there.</source>
        <translation>غيّر شخص آخر الوسم «{name}» بينما كنت تحرّره (صار الآن «{now}»، {colour}). لم تُحفظ تغييراتك: افتح الوسم من جديد لترى ما غيّره، وعدّل انطلاقًا منه.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="250"/>
        <source>Move tag</source>
        <translation>نقل وسم</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="252"/>
        <source>Move tag «{tag}»</source>
        <translation>نقل الوسم «{tag}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="257"/>
        <source>A tag cannot go under itself or one of its own children.</source>
        <translation>لا يمكن وضع الوسم تحت نفسه أو تحت أحد فروعه.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="297"/>
        <source>Delete tag</source>
        <translation>حذف وسم</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="299"/>
        <source>Delete tag «{tag}»</source>
        <translation>حذف الوسم «{tag}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="311"/>
        <source>Choose two different tags to merge.</source>
        <translation>اختر وسمين مختلفين للدمج.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="312"/>
        <source>Merge tags</source>
        <translation>دمج وسوم</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="315"/>
        <source>Merge tag «{tag}» into «{into}»</source>
        <translation>دمج الوسم «{tag}» في «{into}»</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="319"/>
        <source>A tag cannot be merged into one of its own children.</source>
        <translation>لا يمكن دمج الوسم في أحد فروعه.</translation>
    </message>
    <message>
        <location filename="../../app/review/codebook.py" line="346"/>
        <source>Shortcut keys by use</source>
        <translation>مفاتيح الاختصار حسب الاستخدام</translation>
    </message>
    <message>
        <location filename="../../app/review/history.py" line="164"/>
        <source>This change cannot be taken back: what it changed was changed again since (perhaps in another window). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن هذا التغيير: ما غيّره تغيّر مرة أخرى منذ ذلك الحين (ربما في نافذة أخرى). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="41"/>
        <source>A note needs some text.</source>
        <translation>تحتاج الملاحظة إلى نص.</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="49"/>
        <location filename="../../app/review/notes.py" line="72"/>
        <source>Note «{quote}»</source>
        <translation>ملاحظة «{quote}»</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="53"/>
        <source>What this note was for is no longer in the library.</source>
        <translation>ما كُتبت له هذه الملاحظة لم يعد في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="104"/>
        <source>Edit note «{quote}»</source>
        <translation>تعديل الملاحظة «{quote}»</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="108"/>
        <location filename="../../app/review/notes.py" line="123"/>
        <source>That note no longer exists.</source>
        <translation>لم تعد هذه الملاحظة موجودة.</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="110"/>
        <source>This note was changed while you were editing it; it now reads «{now}». Your text was not saved and is back in the editor: compare the two and save again.</source>
        <translation>تغيّرت هذه الملاحظة وأنت تحرّرها؛ صارت: «{now}». لم يُحفظ نصّك وعاد إلى المحرّر: قارن بين النصّين واحفظ من جديد.</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="120"/>
        <source>Delete note</source>
        <translation>حذف ملاحظة</translation>
    </message>
    <message>
        <location filename="../../app/review/notes.py" line="124"/>
        <source>Delete note «{quote}»</source>
        <translation>حذف الملاحظة «{quote}»</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="30"/>
        <source>agree</source>
        <translation>متفقة</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="31"/>
        <source>differ</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="32"/>
        <source>contradict</source>
        <translation>متناقضة</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="33"/>
        <source>unclear</source>
        <translation>غير واضح</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="64"/>
        <location filename="../../app/review/verdicts.py" line="116"/>
        <source>Choose a passage first.</source>
        <translation>اختر مقطعًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="88"/>
        <source>A passage of this group is not in the collection&apos;s articles.</source>
        <translation>أحد مقاطع هذه المجموعة ليس في مقالات المجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="111"/>
        <source>«{value}» is not a verdict (agree, differ, contradict, unclear).</source>
        <translation>«{value}» ليس حكمًا (متفقة، مختلفة، متناقضة، غير واضح).</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="119"/>
        <source>Verdict: {verdict}</source>
        <translation>الحكم: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/review/verdicts.py" line="140"/>
        <source>Clear verdict</source>
        <translation>إلغاء الحكم</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="219"/>
        <location filename="../../app/ingest/plan.py" line="239"/>
        <source>Reading {file}</source>
        <translation>قراءة {file}</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="317"/>
        <source>Fetching {address}</source>
        <translation>جلب {address}</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="368"/>
        <source>the same text is already in the collection</source>
        <translation>النص نفسه موجود في المجموعة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="378"/>
        <source>the same text as {file}</source>
        <translation>النص نفسه الذي في {file}</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="391"/>
        <source>a new version of an article in the collection; its tags follow</source>
        <translation>نسخة جديدة من مقال في المجموعة؛ تنتقل إليها وسومه</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="406"/>
        <source>an article already in the collection</source>
        <translation>مقال موجود في المجموعة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="416"/>
        <source>{share} the same as {what}</source>
        <translation>مطابق بنسبة {share} لـ{what}</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="165"/>
        <location filename="../../app/ingest/scan.py" line="108"/>
        <source>files of type “{suffix}” are not articles Tabayun reads</source>
        <translation>ملفات النوع «{suffix}» ليست مقالات يقرؤها تبيّن</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="121"/>
        <source>this is not an ordinary file (a pipe, socket or device)</source>
        <translation>هذا ليس ملفًا عاديًا (أنبوب أو مقبس أو جهاز)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="148"/>
        <source>the file is {size} MB, over the {limit} MB limit for one article</source>
        <translation>حجم الملف {size} ميغابايت، يتجاوز حد {limit} ميغابايت للمقال الواحد</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="137"/>
        <source>the file cannot be read ({why})</source>
        <translation>تتعذّر قراءة الملف ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="139"/>
        <source>the file changed while it was being read (perhaps it is still being written); import it again once it is complete</source>
        <translation>تغيّر الملف أثناء قراءته (ربما ما زال يُكتب)؛ استورده مجددًا بعد اكتماله</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="169"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="172"/>
        <source>the file is {kind}, not an article</source>
        <translation>الملف {kind}، وليس مقالًا</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="184"/>
        <source>the file is nested too deeply to be read safely</source>
        <translation>تداخل بنية الملف أعمق من أن يُقرأ بأمان</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="187"/>
        <source>the file needs more memory to read than is free</source>
        <translation>قراءة الملف تحتاج إلى ذاكرة أكثر من المتاحة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/plan.py" line="295"/>
        <location filename="../../app/ingest/reader.py" line="193"/>
        <source>the file could not be read ({why})</source>
        <translation>تعذّرت قراءة الملف ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/reader.py" line="197"/>
        <source>the file holds no text</source>
        <translation>لا نص في الملف</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="94"/>
        <source>the chosen collection no longer exists; nothing was imported</source>
        <translation>المجموعة المختارة لم تعد موجودة؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="98"/>
        <source>give the new collection a name</source>
        <translation>سمِّ المجموعة الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="338"/>
        <source>Saving articles</source>
        <translation>حفظ المقالات</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="359"/>
        <source>Moving tags onto new versions</source>
        <translation>نقل الوسوم إلى النسخ الجديدة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="379"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="389"/>
        <source>The disk is full, so nothing was imported; the database is as it was. Free some space and import again.</source>
        <translation>القرص ممتلئ، فلم يُستورد شيء؛ قاعدة البيانات كما كانت. أفرغ بعض المساحة واستورد مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/ingest/service.py" line="396"/>
        <source>The database is locked by another program (perhaps another Tabayun), so nothing was imported. Close it and try again.</source>
        <translation>قاعدة البيانات مقفلة من برنامج آخر (ربما نسخة أخرى من تبيّن)، فلم يُستورد شيء. أغلقه وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="42"/>
        <source>{path} is a folder; give a file name for the report.</source>
        <translation>{path} مجلد؛ أعطِ التقرير اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="45"/>
        <source>{path} already exists. Choose another name, or replace it (--force).</source>
        <translation>{path} موجود. اختر اسمًا آخر، أو استبدله (--force).</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="50"/>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="89"/>
        <source>The disk is full, so the report was not written. Free some space and try again.</source>
        <translation>القرص ممتلئ، فلم يُكتب التقرير. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="95"/>
        <source>Tabayun may not write in {folder}. Choose another folder.</source>
        <translation>لا يُسمح لتبيّن بالكتابة في {folder}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../app/report/output.py" line="97"/>
        <source>The report could not be written: {why}.</source>
        <translation>تعذّرت كتابة التقرير: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/instance.py" line="32"/>
        <source>Tabayun is already running with this data folder (process {process}). Switch to that window, or close it first.</source>
        <translation>تبيّن يعمل بالفعل بمجلد البيانات هذا (العملية {process}). انتقل إلى تلك النافذة، أو أغلقها أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/paths.py" line="154"/>
        <source>Tabayun cannot write to its data folder {folder} ({why}). Choose another folder with --data-dir or the TABAYUN_DATA_DIR variable.</source>
        <translation>لا يستطيع تبيّن الكتابة في مجلد بياناته {folder} ({why}). اختر مجلدًا آخر بالخيار --data-dir أو بالمتغير TABAYUN_DATA_DIR.</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="60"/>
        <source>The database {path} is locked by another program (perhaps another Tabayun). Close it and try again; nothing was changed.</source>
        <translation>قاعدة البيانات {path} مقفلة من برنامج آخر (ربما نسخة أخرى من تبيّن). أغلقه وحاول مجددًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="69"/>
        <source>The file {path} is not a Tabayun database ({why}). Nothing was changed. Tabayun can move it aside and start a new, empty database.</source>
        <translation>الملف {path} ليس قاعدة بيانات لتبيّن ({why}). لم يتغير شيء. يستطيع تبيّن نقله جانبًا والبدء بقاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="83"/>
        <source>it is not an SQLite file</source>
        <translation>ليس ملف SQLite</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="153"/>
        <source>The database {path} was written by a newer version of Tabayun (schema {revision}). Update Tabayun to open it; nothing was changed.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من تبيّن (المخطط {revision}). حدّث تبيّن لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="98"/>
        <location filename="../../app/workspace.py" line="130"/>
        <source>it belongs to another program</source>
        <translation>تخص برنامجًا آخر</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="141"/>
        <source>The database {path} is not set up for Tabayun yet (or is older than this version), and your account may not do it. Ask your desk&apos;s administrator to run `tabayun server init`; nothing was changed.</source>
        <translation>قاعدة البيانات {path} غير مهيّأة لتبيّن بعد (أو أقدم من هذا الإصدار)، ولا يسمح حسابك بتهيئتها. اطلب من مسؤول فريقك تشغيل ‎`tabayun server init`؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="212"/>
        <source>Opening the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="217"/>
        <source>Opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="236"/>
        <source>Importing the demo articles</source>
        <translation>استيراد مقالات المثال</translation>
    </message>
    <message>
        <location filename="../../app/workspace.py" line="243"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../app/ingest/decoding.py" line="108"/>
        <source>the bytes at position {position} (line {line}: {bytes}) are not valid {encoding}; choose the file&apos;s encoding</source>
        <translation>البايتات في الموضع {position} (السطر {line}: {bytes}) ليست {encoding} صالحًا؛ اختر ترميز الملف</translation>
    </message>
    <message>
        <location filename="../../app/ingest/decoding.py" line="164"/>
        <source>the file is UTF-8 but its last character is cut off at position {position} (line {line}), as if it was still being written or was truncated; take it with the cut character shown as �, or choose another encoding</source>
        <translation>الملف بترميز UTF-8 لكن حرفه الأخير مقطوع عند الموضع {position} (السطر {line})، كأنه ما زال يُكتب أو بُتر؛ خذه مع إظهار الحرف المقطوع بالعلامة �، أو اختر ترميزًا آخر</translation>
    </message>
    <message>
        <location filename="../../app/ingest/decoding.py" line="172"/>
        <source>the file is UTF-8 but has bytes that are not valid UTF-8 ({count} in all, the first at position {position}, line {line}: {bytes}); take it with those bytes shown as �, or choose another encoding</source>
        <translation>الملف بترميز UTF-8 لكن فيه بايتات غير صالحة في UTF-8 (عددها {count}، أولها عند الموضع {position}، السطر {line}: {bytes})؛ خذه مع إظهار تلك البايتات بالعلامة �، أو اختر ترميزًا آخر</translation>
    </message>
    <message>
        <location filename="../../app/ingest/decoding.py" line="198"/>
        <source>the text holds NUL bytes, which no article contains ({count} in all, the first at position {position}, line {line}); take it with them shown as �, or leave it out</source>
        <translation>في النص بايتات NUL لا يحويها أي مقال (عددها {count}، أولها عند الموضع {position}، السطر {line})؛ خذه مع إظهارها بالعلامة �، أو اتركه</translation>
    </message>
    <message>
        <location filename="../../app/ingest/decoding.py" line="231"/>
        <source>the text holds NUL characters, which no article contains</source>
        <translation>في النص محارف NUL لا يحويها أي مقال</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="29"/>
        <source>No figure, time, source or description differs.</source>
        <translation>لا يختلف أي رقم أو وقت أو مصدر أو وصف.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="30"/>
        <source>Marked against the first version:</source>
        <translation>معلّم مقارنةً بالنسخة الأولى:</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="31"/>
        <source>words only this version has</source>
        <translation>كلمات تنفرد بها هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="32"/>
        <source>words worded differently</source>
        <translation>كلمات بصياغة مختلفة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="33"/>
        <source>a name spelled differently</source>
        <translation>اسم بتهجئة مختلفة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="34"/>
        <source>another word for the same</source>
        <translation>كلمة أخرى للمعنى نفسه</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="35"/>
        <source>struck-through words are in the first version only</source>
        <translation>الكلمات المشطوبة في النسخة الأولى فقط</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="36"/>
        <source>Leaves out:</source>
        <translation>يُغفل:</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="37"/>
        <source>No verdicts yet.</source>
        <translation>لا أحكام بعد.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="38"/>
        <source>[not found in the current text]</source>
        <translation>[غير موجود في النص الحالي]</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="39"/>
        <source>No notes yet.</source>
        <translation>لا ملاحظات بعد.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="40"/>
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="41"/>
        <source>Fewer than two articles: nothing to compare.</source>
        <translation>أقل من مقالين: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="42"/>
        <source>Review report</source>
        <translation>تقرير المراجعة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="159"/>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="163"/>
        <source>{named}, and {unnamed} article(s) with no outlet named</source>
        <translation>{named}، و{unnamed} من المقالات بلا مصدر مسمّى</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="170"/>
        <location filename="../../app/report/html.py" line="196"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="171"/>
        <source>Outlets</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="172"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="173"/>
        <location filename="../../app/report/html.py" line="193"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="175"/>
        <source>Shared passages</source>
        <translation>المقاطع المشتركة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="179"/>
        <source>Tagged passages</source>
        <translation>المقاطع الموسومة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="182"/>
        <location filename="../../app/report/model.py" line="48"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="183"/>
        <location filename="../../app/report/model.py" line="46"/>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="190"/>
        <source>Reviewers</source>
        <translation>المراجعون</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="194"/>
        <source>Not sure</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="258"/>
        <source>✎ A reviewer linked this passage with passage {numbers} (kept apart).</source>
        <translation>✎ ربط مراجع هذا المقطع بالمقطع {numbers} (دون دمجهما).</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="526"/>
        <source>{count} control character(s) from notes or articles left out.</source>
        <translation>حُذف {count} محرف تحكم من الملاحظات أو المقالات.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="189"/>
        <source>none named</source>
        <translation>بلا أسماء</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="193"/>
        <source>Outlet</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="193"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="193"/>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="194"/>
        <source>Only here</source>
        <translation>ينفرد به</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="225"/>
        <location filename="../../app/report/html.py" line="385"/>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="250"/>
        <source>Passage {number} — carried by {outlets} of {total}</source>
        <translation>المقطع {number} — ينقله {outlets} من {total}</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="255"/>
        <source>✎ A reviewer set this passage (linked, unlinked or split by hand).</source>
        <translation>✎ حدّد مراجعٌ هذا المقطع (ربطًا أو فصلًا أو قسمةً باليد).</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="269"/>
        <source>… and {more} more fact flags in this passage.</source>
        <translation>… و{more} تنبيهات وقائع أخرى في هذا المقطع.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="274"/>
        <source> (the first version; the others are marked against it)</source>
        <translation> (النسخة الأولى؛ والبقية معلّمة مقارنةً بها)</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="303"/>
        <source>Where the facts differ ({count})</source>
        <translation>حيث تختلف الوقائع ({count})</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="316"/>
        <source>… and {more} more; each passage below lists its own.</source>
        <translation>… و{more} غيرها؛ يذكر كل مقطع أدناه تنبيهاته.</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="329"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="329"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="329"/>
        <source>Passages</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="329"/>
        <location filename="../../app/report/html.py" line="385"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="17"/>
        <source>Deaths</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="18"/>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="19"/>
        <source>Missing</source>
        <translation>المفقودون</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="20"/>
        <source>Displaced</source>
        <translation>النازحون</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="21"/>
        <source>Arrested</source>
        <translation>الموقوفون</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="22"/>
        <source>Survivors</source>
        <translation>الناجون</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="23"/>
        <source>Taken to hospital</source>
        <translation>نُقلوا إلى المستشفى</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="24"/>
        <source>Killed and injured together</source>
        <translation>القتلى والجرحى معًا</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="25"/>
        <source>Magnitude</source>
        <translation>القوة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="26"/>
        <source>Amount of money</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="27"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="28"/>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="29"/>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="30"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="31"/>
        <source>Number of</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="32"/>
        <location filename="../../app/report/html.py" line="330"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="33"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="34"/>
        <source>The attacker&apos;s nationality</source>
        <translation>جنسية المهاجم</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="35"/>
        <source>Described as</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="36"/>
        <source>Who says it</source>
        <translation>مَن يقول</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="39"/>
        <source>Agree</source>
        <translation>متفقة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="40"/>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="41"/>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="42"/>
        <source>Different sources</source>
        <translation>جهات مختلفة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="43"/>
        <source>Described differently</source>
        <translation>وصف مختلف</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="44"/>
        <source>Different scope</source>
        <translation>نطاق مختلف</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="46"/>
        <source>expected</source>
        <translation>متوقَّع</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="47"/>
        <source>part of the total</source>
        <translation>جزء من المجموع</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="48"/>
        <source>turnout</source>
        <translation>نسبة المشاركة</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="49"/>
        <source>stayed away</source>
        <translation>نسبة العزوف</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="50"/>
        <source>whole period</source>
        <translation>الفترة كلها</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="51"/>
        <source>in {year}</source>
        <translation>في {year}</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="52"/>
        <source>last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="53"/>
        <source>first round</source>
        <translation>الجولة الأولى</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="54"/>
        <source>nationals of {country}</source>
        <translation>مواطنو {country}</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="55"/>
        <source>change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="56"/>
        <source>from {figure}</source>
        <translation>من {figure}</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="57"/>
        <source>at home</source>
        <translation>في الداخل</translation>
    </message>
    <message>
        <location filename="../../app/facts/labels.py" line="58"/>
        <source>abroad</source>
        <translation>في الخارج</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="363"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="364"/>
        <source>Also called</source>
        <translation>الاسم الآخر</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="365"/>
        <source>Uses</source>
        <translation>الاستخدامات</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="366"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="385"/>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="390"/>
        <source>(the whole article)</source>
        <translation>(المقال كله)</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="394"/>
        <source> (also: {tags})</source>
        <translation> (أيضًا: {tags})</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="411"/>
        <source>on the collection</source>
        <translation>على المجموعة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="412"/>
        <source>on the article</source>
        <translation>على المقال</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="413"/>
        <source>on the tagged passage</source>
        <translation>على المقطع الموسوم</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="414"/>
        <source>on the passage group</source>
        <translation>على مجموعة المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="420"/>
        <source> (edited)</source>
        <translation> (معدّلة)</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="447"/>
        <source>no outlet named ({file})</source>
        <translation>بلا مصدر مسمّى ({file})</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="481"/>
        <source>Review report — {collection}</source>
        <translation>تقرير المراجعة — {collection}</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="503"/>
        <source>{count} chosen articles</source>
        <translation>{count} مقالات مختارة</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="506"/>
        <source>tags: {tags}</source>
        <translation>الوسوم: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/report/html.py" line="509"/>
        <source>Made by Tabayun on {date}</source>
        <translation>أعدّه تبيّن في {date}</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="42"/>
        <source>Summary</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="43"/>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="44"/>
        <source>Passages and differences</source>
        <translation>المقاطع والفروق</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="45"/>
        <source>Where the facts differ</source>
        <translation>حيث تختلف الوقائع</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="47"/>
        <source>Tags and tagged passages</source>
        <translation>الوسوم والمقاطع الموسومة</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="183"/>
        <location filename="../../app/report/model.py" line="212"/>
        <source> (a related passage)</source>
        <translation> (مقطع ذو صلة)</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="207"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="207"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="219"/>
        <source>{status} ({count} pair(s))</source>
        <translation>{status} (عدد الأزواج {count})</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="227"/>
        <source>{what}: {count} figures — {figures} · {reasons}</source>
        <translation>{what}: عدد الأرقام {count} — {figures} · {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="225"/>
        <source>{what}: {count} versions — {figures} · {reasons}</source>
        <translation>{what}: عدد الروايات {count} — {figures} · {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="347"/>
        <source>(confirmed by {name})</source>
        <translation>(أكّده {name})</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="348"/>
        <source>(reclassified by {name})</source>
        <translation>(أعاد تصنيفه {name})</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="350"/>
        <source>a reviewer</source>
        <translation>مراجِع</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="379"/>
        <source>Reading the articles</source>
        <translation>قراءة المقالات</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="388"/>
        <source>Reading tags, notes and verdicts</source>
        <translation>قراءة الوسوم والملاحظات والأحكام</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="417"/>
        <source>Comparing the articles</source>
        <translation>مقارنة المقالات</translation>
    </message>
    <message>
        <location filename="../../app/report/model.py" line="425"/>
        <source>Putting the report together</source>
        <translation>تجميع التقرير</translation>
    </message>
    <message>
        <location filename="../../app/ingest/scan.py" line="55"/>
        <source>the folder cannot be opened ({why})</source>
        <translation>تعذّر فتح المجلد ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/scan.py" line="76"/>
        <source>this folder was already read (a link loops back)</source>
        <translation>قُرئ هذا المجلد من قبل (رابط يعود إلى ما قبله)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/scan.py" line="96"/>
        <source>a link to {target}, outside the chosen folder: not followed (choose “Follow links out of the folder” to read it)</source>
        <translation>رابط إلى {target} خارج المجلد المختار: لم يُتتبَّع (اختر «تتبّع الروابط إلى خارج المجلد» لقراءته)</translation>
    </message>
    <message>
        <location filename="../../app/library/editing.py" line="52"/>
        <location filename="../../app/library/editing.py" line="89"/>
        <source>That article no longer exists.</source>
        <translation>لم يعد هذا المقال موجودًا.</translation>
    </message>
    <message>
        <location filename="../../app/library/editing.py" line="80"/>
        <source>An article needs a title.</source>
        <translation>يحتاج المقال إلى عنوان.</translation>
    </message>
    <message>
        <location filename="../../app/library/editing.py" line="83"/>
        <location filename="../../app/outlets/service.py" line="75"/>
        <source>An outlet&apos;s name is at most 200 characters.</source>
        <translation>لا يتجاوز اسم المصدر 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../app/library/editing.py" line="84"/>
        <source>Edit details of «{title}»</source>
        <translation>تعديل تفاصيل «{title}»</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="98"/>
        <source>Outlet of {count} article(s): «{name}»</source>
        <translation>مصدر المقالات ({count}): «{name}»</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="100"/>
        <source>Outlet of {count} article(s) cleared</source>
        <translation>أُزيل مصدر المقالات ({count})</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="109"/>
        <source>An article to name no longer exists; nothing was changed.</source>
        <translation>لم يعد أحد المقالات موجودًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="130"/>
        <source>An outlet needs a name.</source>
        <translation>يحتاج المصدر إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="136"/>
        <location filename="../../app/outlets/service.py" line="173"/>
        <source>That outlet no longer exists.</source>
        <translation>لم يعد هذا المصدر موجودًا.</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="143"/>
        <source>Another outlet is already called {name}; merge the two outlets instead.</source>
        <translation>هناك مصدر آخر اسمه {name}؛ ادمج المصدرين بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="149"/>
        <source>Rename outlet «{old}» to «{new}»</source>
        <translation>إعادة تسمية المصدر «{old}» إلى «{new}»</translation>
    </message>
    <message>
        <location filename="../../app/outlets/service.py" line="175"/>
        <source>Merge outlets {names} into «{name}»</source>
        <translation>دمج المصادر {names} في «{name}»</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/docx.py" line="60"/>
        <source>the file is not a readable Word document (.docx)</source>
        <translation>الملف ليس مستند Word مقروءًا (.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/epub.py" line="42"/>
        <source>the file is not a readable e-book (.epub)</source>
        <translation>الملف ليس كتابًا إلكترونيًا مقروءًا (.epub)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/html.py" line="78"/>
        <source>no article text was found in this page</source>
        <translation>لم يُعثر على نص مقال في هذه الصفحة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/links.py" line="54"/>
        <source>the feed is not valid XML ({why})</source>
        <translation>الخلاصة ليست XML صالحًا ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/links.py" line="106"/>
        <source>the feed has no items</source>
        <translation>لا عناصر في الخلاصة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/links.py" line="147"/>
        <source>the item has neither a page nor text</source>
        <translation>ليس للعنصر صفحة ولا نص</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/links.py" line="183"/>
        <source>the shortcut holds no web address</source>
        <translation>لا يحوي الاختصار عنوان ويب</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/links.py" line="190"/>
        <source>the file is not an RSS or Atom feed</source>
        <translation>الملف ليس خلاصة RSS أو Atom</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/mail.py" line="84"/>
        <source>the message holds no text to read</source>
        <translation>لا نص في الرسالة للقراءة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/mail.py" line="117"/>
        <source>the file is not a readable e-mail message</source>
        <translation>الملف ليس رسالة بريد إلكتروني مقروءة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/mail.py" line="124"/>
        <source>the file is not a saved web page (no HTML inside)</source>
        <translation>الملف ليس صفحة ويب محفوظة (لا HTML فيه)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/mail.py" line="136"/>
        <source>the file is not a mailbox (it should start with &apos;From &apos;)</source>
        <translation>الملف ليس صندوق بريد (ينبغي أن يبدأ بـ &apos;From &apos;)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/mail.py" line="139"/>
        <source>the mailbox holds over {count} messages; split it first</source>
        <translation>في صندوق البريد أكثر من {count} رسالة؛ قسّمه أولًا</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/opendoc.py" line="52"/>
        <location filename="../../app/ingest/formats/opendoc.py" line="56"/>
        <source>the file is not a readable OpenDocument text (.odt)</source>
        <translation>الملف ليس نص OpenDocument مقروءًا (.odt)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/pdf.py" line="128"/>
        <source>this PDF is protected by a password; save a copy without one</source>
        <translation>ملف PDF هذا محمي بكلمة مرور؛ احفظ نسخة بلا كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/pdf.py" line="131"/>
        <source>this PDF has over {pages} pages; it is not one article</source>
        <translation>في ملف PDF هذا أكثر من {pages} صفحة؛ ليس مقالًا واحدًا</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/pdf.py" line="140"/>
        <source>this PDF cannot be read ({why})</source>
        <translation>تعذّرت قراءة ملف PDF هذا ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/pdf.py" line="142"/>
        <source>this PDF has no text layer (a scan or a picture of text); Tabayun reads the text of PDFs, it does not read pictures</source>
        <translation>لا طبقة نص في ملف PDF هذا (مسح ضوئي أو صورة لنص)؛ يقرأ تبيّن نصوص ملفات PDF، ولا يقرأ الصور</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/rtf.py" line="33"/>
        <source>the file is not RTF (it should start with {\rtf)</source>
        <translation>الملف ليس RTF (ينبغي أن يبدأ بـ {\rtf)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/rtf.py" line="46"/>
        <source>the RTF cannot be read ({why})</source>
        <translation>تعذّرت قراءة RTF ({why})</translation>
    </message>
    <message>
        <location filename="../../app/ingest/formats/zipped.py" line="29"/>
        <source>the file would unpack to over {limit} MB (a damaged or booby-trapped archive); it was not unpacked</source>
        <translation>سيتمدد الملف إلى أكثر من {limit} ميغابايت (أرشيف تالف أو مفخّخ)؛ لم يُفك</translation>
    </message>
    <message>
        <location filename="../../app/ingest/web.py" line="57"/>
        <source>{address} is not a web address (http or https)</source>
        <translation>{address} ليس عنوان ويب (http أو https)</translation>
    </message>
    <message>
        <location filename="../../app/ingest/web.py" line="71"/>
        <source>the page at {address} is over {limit} MB</source>
        <translation>الصفحة في {address} أكبر من {limit} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../app/ingest/web.py" line="80"/>
        <source>the site answered {code} ({reason}) for {address}</source>
        <translation>أجاب الموقع بـ {code} ({reason}) على {address}</translation>
    </message>
    <message>
        <location filename="../../app/ingest/web.py" line="85"/>
        <location filename="../../app/ingest/web.py" line="90"/>
        <source>{address} did not answer within {seconds} seconds</source>
        <translation>لم يُجب {address} خلال {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../app/ingest/web.py" line="92"/>
        <source>{address} could not be reached ({why})</source>
        <translation>تعذّر الوصول إلى {address} ({why})</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="193"/>
        <source>Reading sentences</source>
        <translation>قراءة الجمل</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="194"/>
        <source>Weighing words</source>
        <translation>وزن الكلمات</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="195"/>
        <source>Matching sentences</source>
        <translation>مطابقة الجمل</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="196"/>
        <source>Grouping passages</source>
        <translation>تجميع المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="197"/>
        <source>Checking facts</source>
        <translation>فحص الوقائع</translation>
    </message>
    <message>
        <location filename="../../app/compare/engine.py" line="239"/>
        <source>Compared</source>
        <translation>اكتملت المقارنة</translation>
    </message>
    <message>
        <location filename="../../app/ingest/preview.py" line="77"/>
        <source>Checking for duplicates</source>
        <translation>البحث عن النسخ المكررة</translation>
    </message>
    <message>
        <location filename="../../app/library/search.py" line="83"/>
        <source>Indexing articles for search</source>
        <translation>فهرسة المقالات للبحث</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="236"/>
        <source>Writing the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="29"/>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="30"/>
        <source>Dismissed</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="31"/>
        <source>Reclassified</source>
        <translation>أعيد تصنيفه</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="63"/>
        <source>«{value}» is not a decision on a fact.</source>
        <translation>«{value}» ليس قرارًا على واقعة.</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="66"/>
        <source>Choose the status the row should have.</source>
        <translation>اختر الحالة التي ينبغي أن تكون للصف.</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="68"/>
        <source>Choose a row of the Facts table first.</source>
        <translation>اختر صفًا من جدول الوقائع أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="74"/>
        <source>Fact: {decision}</source>
        <translation>واقعة: {decision}</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="118"/>
        <source>A fact of this row is not in the collection&apos;s articles.</source>
        <translation>واقعة من هذا الصف ليست في مقالات المجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/review/fact_reviews.py" line="130"/>
        <source>Clear decision on a fact</source>
        <translation>محو القرار في واقعة</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="29"/>
        <source>Link passages</source>
        <translation>ربط المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="30"/>
        <source>Link two passages without merging them</source>
        <translation>ربط مقطعين دون دمجهما</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="31"/>
        <source>Unlink passages</source>
        <translation>فك ربط المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="32"/>
        <source>Split a sentence</source>
        <translation>قسمة جملة</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="33"/>
        <source>Mark a sentence checked</source>
        <translation>تعليم جملة بأنها رُوجعت</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="34"/>
        <source>Split a passage</source>
        <translation>قسمة مقطع</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="35"/>
        <source>Split a sentence and link a part</source>
        <translation>قسمة جملة وربط جزء منها</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="55"/>
        <source>«{value}» is not a correction of passages.</source>
        <translation>«{value}» ليس تصحيحًا للمقاطع.</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="85"/>
        <source>Choose sentences of two different articles.</source>
        <translation>اختر جملتين من مقالين مختلفين.</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="149"/>
        <source>The cut is not inside the sentence.</source>
        <translation>موضع القسمة ليس داخل الجملة.</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="69"/>
        <source>Choose the sentences that leave the passage.</source>
        <translation>اختر الجمل التي تخرج من المقطع.</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="99"/>
        <location filename="../../app/review/passage_edits.py" line="188"/>
        <source>That sentence is not in the collection&apos;s articles.</source>
        <translation>هذه الجملة ليست في مقالات المجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/review/passage_edits.py" line="208"/>
        <source>Clear a correction of passages</source>
        <translation>إلغاء تصحيح المقاطع</translation>
    </message>
    <message>
        <location filename="../../app/report/pdf_tags.py" line="208"/>
        <source>Making the text searchable: page {n} of {count}</source>
        <translation>جعل النص قابلاً للبحث: الصفحة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="121"/>
        <source>Laying out the pages</source>
        <translation>تنضيد الصفحات</translation>
    </message>
    <message>
        <location filename="../../ui/report_pdf.py" line="235"/>
        <source>Drawing page {n} of {count}</source>
        <translation>رسم الصفحة {n} من {count}</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="149"/>
        <source>The backup could not be written: {why}.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="204"/>
        <source>The backup {name} failed its check ({problem}); nothing was changed.</source>
        <translation>لم تجتز النسخة الاحتياطية {name} فحصها ({problem})؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="222"/>
        <source>The backup could not be restored: {why}.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="65"/>
        <source>The database {path} is damaged ({why}). Nothing was changed. Tabayun can move it aside and put back the newest good backup (from {when}), or start a new, empty database.</source>
        <translation>قاعدة البيانات {path} تالفة ({why}). لم يتغيّر شيء. يستطيع تبيّن أن ينحّيها جانبًا ويعيد أحدث نسخة احتياطية سليمة (من {when})، أو أن يبدأ قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/backups.py" line="75"/>
        <source>The database {path} is damaged ({why}). Nothing was changed, and there is no backup to put back. Tabayun can move it aside and start a new, empty database.</source>
        <translation>قاعدة البيانات {path} تالفة ({why}). لم يتغيّر شيء، ولا توجد نسخة احتياطية لإعادتها. يستطيع تبيّن أن ينحّيها جانبًا ويبدأ قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../../app/library/stories.py" line="90"/>
        <source>Reading the articles&apos; words</source>
        <translation>قراءة كلمات المقالات</translation>
    </message>
    <message>
        <location filename="../../app/library/stories.py" line="95"/>
        <source>Storing the stories</source>
        <translation>حفظ القصص</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="30"/>
        <source>A story needs a name.</source>
        <translation>تحتاج القصة إلى اسم.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="31"/>
        <source>Rename a story</source>
        <translation>إعادة تسمية قصة</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="34"/>
        <location filename="../../app/review/stories.py" line="53"/>
        <source>That story no longer exists.</source>
        <translation>لم تعد هذه القصة موجودة.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="36"/>
        <source>Someone else renamed this story while you were naming it: it is now «{now}». Your name was not saved.</source>
        <translation>أعاد شخص آخر تسمية هذه القصة بينما كنت تسمّيها: اسمها الآن «{now}». لم يُحفظ الاسم الذي كتبته.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="49"/>
        <source>Choose two stories or more to merge.</source>
        <translation>اختر قصتين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="50"/>
        <source>Merge stories</source>
        <translation>دمج قصص</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="56"/>
        <source>Only stories of one collection can be merged.</source>
        <translation>لا تُدمج إلا قصص مجموعة واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="74"/>
        <source>Choose the articles to take out of the story.</source>
        <translation>اختر المقالات التي تُخرجها من القصة.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="75"/>
        <source>Split a story</source>
        <translation>تقسيم قصة</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="85"/>
        <source>Choose articles of one story to take out of it.</source>
        <translation>اختر مقالات من قصة واحدة لإخراجها منها.</translation>
    </message>
    <message>
        <location filename="../../app/review/stories.py" line="94"/>
        <source>Leave at least one article in the story you split.</source>
        <translation>أبقِ مقالًا واحدًا على الأقل في القصة التي تقسمها.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="51"/>
        <source>«{name}» cannot be a server account name.</source>
        <translation>لا يصلح «{name}» اسمًا لحساب على الخادم.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="88"/>
        <source>A role is reviewer or editor, not «{role}».</source>
        <translation>الدور مراجِع أو محرّر، لا «{role}».</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="150"/>
        <source>The connection to the database server was lost in the middle of this work. The server undid what was unfinished, so nothing of it was saved; try again when the server is back.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات في منتصف هذا العمل. تراجع الخادم عمّا لم يكتمل، فلم يُحفظ منه شيء؛ أعد المحاولة حين يعود الخادم.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="169"/>
        <source>Your account on the shared server may not do this: it is an editor&apos;s work (importing, deleting, the codebook, the outlets). Nothing was changed; ask your desk&apos;s administrator if you need it.</source>
        <translation>لا يسمح حسابك على الخادم المشترك بهذا: إنه من عمل المحرّر (الاستيراد والحذف ودليل الوسوم ووسائل الإعلام). لم يتغيّر شيء؛ اطلب ذلك من مسؤول فريقك إن احتجت إليه.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="181"/>
        <source>Tabayun cannot reach the database server {path}: {reason}. Check the address, that the server is running, and your password (in the system keyring or ~/.pgpass); nothing was changed.</source>
        <translation>لا يستطيع تبيّن الوصول إلى خادم قاعدة البيانات {path}: {reason}. تحقّق من العنوان، ومن أن الخادم يعمل، ومن كلمة مرورك (في سلسلة مفاتيح النظام أو ‎~/.pgpass)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="205"/>
        <source>«{url}» is not a database address.</source>
        <translation>«{url}» ليس عنوان قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="213"/>
        <source>Connected to {where}: an empty database, ready to set up.</source>
        <translation>تمّ الاتصال بـ {where}: قاعدة بيانات فارغة جاهزة للإعداد.</translation>
    </message>
    <message>
        <location filename="../../app/server.py" line="217"/>
        <source>Connected to {where}: schema {revision}, {articles} articles.</source>
        <translation>تمّ الاتصال بـ {where}: المخطط {revision}، {articles} مقالًا.</translation>
    </message>
    <message>
        <location filename="../../app/transfer.py" line="68"/>
        <source>The receiving database already holds a library; a copy never merges two. Nothing was copied.</source>
        <translation>قاعدة البيانات المستقبِلة فيها مكتبة بالفعل؛ النسخ لا يدمج مكتبتين. لم يُنسخ شيء.</translation>
    </message>
    <message>
        <location filename="../../app/transfer.py" line="86"/>
        <source>Copying {table}</source>
        <translation>نسخ {table}</translation>
    </message>
    <message>
        <location filename="../../app/transfer.py" line="103"/>
        <source>The copy did not match its source ({detail}), so nothing was copied.</source>
        <translation>لم تطابق النسخة مصدرها ({detail})، فلم يُنسخ شيء.</translation>
    </message>
    <message>
        <location filename="../../app/transfer.py" line="113"/>
        <source>Indexing the articles for search</source>
        <translation>فهرسة المقالات للبحث</translation>
    </message>
</context>
</TS>
