#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

using namespace fakelens;

// Methods are data (issue 17): every method is described once, by its descriptor; parameters
// travel as one keyed set that the descriptors validate; the workbench and the CLI name no method.
class TestMethodDescriptors : public QObject {
    Q_OBJECT

private:
    static QString errorOf(const std::function<void()>& call) {
        try {
            call();
        } catch (const Error& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    }

private slots:
    void everyDescriptorIsComplete() {
        QVERIFY(!methodDescriptors().empty());
        const ExplainerSettings defaults;
        for (const MethodDescriptor* m : methodDescriptors()) {
            const QString name = QString::fromStdString(m->name);
            QVERIFY2(!m->name.empty() && name == name.toUpper() && !name.contains('_'), qPrintable(name));
            QVERIFY2(!m->description.empty() && !m->scoreLabel.empty(), qPrintable(name));
            QVERIFY2(m->make && m->expectedForwards, qPrintable(name));
            QVERIFY2(m->expectedForwards(defaults) >= 1, qPrintable(name));
            std::unique_ptr<Explainer> explainer = m->make(defaults);
            QCOMPARE(explainer->name(), m->name);
            QVERIFY2(explainer->classicFill() == m->classicFill, qPrintable(name));
            for (const ParameterSpec& spec : m->parameters) {
                QCOMPARE(defaults.value(m->name, spec.key), spec.defaultValue);
                QVERIFY2(spec.minimum <= spec.defaultValue && spec.defaultValue <= spec.maximum,
                         qPrintable(name + "." + QString::fromStdString(spec.key)));
            }
            // The forms follow the descriptor: an _adv form only where it has one.
            const auto all = allMethodNames();
            QVERIFY(std::find(all.begin(), all.end(), m->name) != all.end());
            QCOMPARE(std::find(all.begin(), all.end(), m->name + "_adv") != all.end(), m->hasAdversarialForm);
        }
    }

    void thePapersDefaults() {
        // Tsigos et al. (2025), section 4.3, through the keyed set.
        const ExplainerSettings s;
        QCOMPARE(s.integer("LIME", "samples"), 2000);
        QCOMPARE(s.value("lime", "kernel_width"), 0.25);
        QCOMPARE(s.integer("SHAP", "evaluations"), 2000);
        QCOMPARE(s.integer("SOBOL", "grid"), 8);
        QCOMPARE(s.integer("SOBOL", "designs"), 32);
        QCOMPARE(s.integer("RISE", "masks"), 4000);
        QCOMPARE(s.integer("RISE", "grid"), 7);
        QCOMPARE(s.value("RISE", "keep_probability"), 0.5);
        QCOMPARE(expectedForwards("SOBOL", s), 32.0 * (64 + 2));
    }

    void theOneSamplesRule() {
        ExplainerSettings s;
        s.scaleToSamples(640);
        QCOMPARE(s.integer("LIME", "samples"), 640);
        QCOMPARE(s.integer("SHAP", "evaluations"), 640);
        QCOMPARE(s.integer("RISE", "masks"), 640);
        QCOMPARE(s.integer("SOBOL", "designs"), 8); // 640/64 = 10 -> 8
        QCOMPARE(s.integer("SOBOL", "grid"), 8);   // not scaled
        QCOMPARE(s.value("LIME", "kernel_width"), 0.25);
        QCOMPARE(s.samples(), 640);
        QCOMPARE(scaledToSamples(ExplainerSettings(), 100).integer("SOBOL", "designs"), 2);
    }

    void badParametersAreClearErrors() {
        ExplainerSettings s;
        const ExplainerSettings before = s;
        QString e = errorOf([&] { s.assign("lime.samples=abc"); });
        QVERIFY2(e.contains("lime.samples") && e.contains("LIME") && e.contains("not a number"), qPrintable(e));
        e = errorOf([&] { s.assign("lime.nosuch=1"); });
        QVERIFY2(e.contains("lime.nosuch") && e.contains("kernel_width"), qPrintable(e));
        e = errorOf([&] { s.assign("nosuch.samples=1"); });
        QVERIFY2(e.contains("nosuch") && e.contains("unknown explanation method"), qPrintable(e));
        e = errorOf([&] { s.set("RISE", "keep_probability", 1.5); });
        QVERIFY2(e.contains("rise.keep_probability") && e.contains("out of range"), qPrintable(e));
        e = errorOf([&] { s.set("SHAP", "evaluations", 10.5); });
        QVERIFY2(e.contains("shap.evaluations") && e.contains("whole number"), qPrintable(e));
        e = errorOf([&] { s.assign("lime.samples"); });
        QVERIFY2(e.contains("method.key=value") || e.contains("e.g."), qPrintable(e));
        QVERIFY(s == before); // nothing half-applied
        s.assign("LIME.kernel_width=0.3");
        QCOMPARE(s.value("LIME", "kernel_width"), 0.3);
        QVERIFY(s != before);
    }

    void flatNamesKeepTheirOldSpelling() {
        // Case files and QSettings keep the names they had before descriptors.
        QCOMPARE(camelParameterName("LIME", "samples"), std::string("limeSamples"));
        QCOMPARE(camelParameterName("RISE", "keep_probability"), std::string("riseKeepProbability"));
        QCOMPARE(camelParameterName("SOBOL", "designs"), std::string("sobolDesigns"));
    }

    void theCliRefusesABadParameter() {
        const QString face = testpaths::shared("samples/faces/fake/df00204.jpg");
        const QString model = testpaths::kerasWeights("Meso4_DF");
        CliResult r = runCli({"explain", face, "--no-detect", "--model", model, "--param", "lime.samples=abc"});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("lime.samples") && r.err.contains("not a number"), r.err.constData());
        r = runCli({"explain", face, "--no-detect", "--model", model, "--param", "rise.keep_probability=2"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rise.keep_probability") && r.err.contains("out of range"), r.err.constData());
        // The help lists every parameter from the descriptors.
        r = runCli({"explain", "--help"});
        QVERIFY2(r.out.startsWith("Usage: fakelens-cli explain [options]"), r.out.left(200).constData());
        for (const MethodDescriptor* m : methodDescriptors())
            for (const ParameterSpec& spec : m->parameters) {
                const QByteArray key = QByteArray::fromStdString(m->name).toLower() + "." + QByteArray::fromStdString(spec.key);
                QVERIFY2(r.out.contains(key), key.constData());
            }
    }

    void theWorkbenchAndTheCliNameNoMethod() {
        // The check: ui/ and app/ learn about methods from the registry only. Comments are
        // left out (they may cite a method to say why); so are the translation files.
        QStringList names;
        for (const MethodDescriptor* m : methodDescriptors())
            names << QString::fromStdString(m->name);
        const QRegularExpression method(QStringLiteral("(?<![A-Za-z])(%1)(?![A-Za-z])").arg(names.join('|')),
                                        QRegularExpression::CaseInsensitiveOption);
        const QRegularExpression comment(QStringLiteral("(^|\\s)//.*$"));
        QStringList found;
        int files = 0;
        for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(testpaths::source(folder), {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                ++files;
                int number = 0;
                for (const QString& line : QString::fromUtf8(file.readAll()).split('\n')) {
                    ++number;
                    QString code = line;
                    code.remove(comment);
                    if (code.contains(method))
                        found << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(number).arg(line.trimmed());
                }
            }
        }
        QVERIFY2(files > 50, "ui/ and app/ sources not found");
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestMethodDescriptors)
#include "test_method_descriptors.moc"
