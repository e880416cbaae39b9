#include "settings/MethodParameterForm.h"

#include "explain/ExplainerRegistry.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <climits>
#include <cmath>

namespace fakelens::ui {

MethodParameterForm::MethodParameterForm(QWidget* page, QFormLayout* form) : QObject(page) {
    for (const MethodDescriptor* method : methodDescriptors())
        for (const ParameterSpec& spec : method->parameters) {
            Editor editor{method->name, spec.key, spec.integer, nullptr};
            const QString name = QString::fromStdString(camelParameterName(method->name, spec.key)) +
                                 QStringLiteral("Spin");
            if (spec.integer) {
                auto* box = new QSpinBox(page);
                box->setRange(int(std::max<double>(INT_MIN, spec.minimum)), int(std::min<double>(INT_MAX, spec.maximum)));
                // Sample counts move in hundreds; grid sizes and the like one by one.
                box->setSingleStep(spec.scaling == SamplesScaling::Samples ? 100 : 1);
                box->setGroupSeparatorShown(true);
                editor.box = box;
            } else {
                auto* box = new QDoubleSpinBox(page);
                box->setDecimals(3);
                box->setRange(spec.minimum, spec.maximum);
                box->setSingleStep(0.05);
                editor.box = box;
            }
            editor.box->setObjectName(name);
            const QString label = QCoreApplication::translate("MethodText", spec.label.c_str());
            editor.box->setToolTip(tr("%1: from %2 to %3; the default, %4, is the paper's setting")
                                       .arg(label)
                                       .arg(spec.minimum)
                                       .arg(spec.maximum)
                                       .arg(spec.defaultValue));
            form->addRow(tr("%1 %2:").arg(QString::fromStdString(method->name), label), editor.box);
            editors_.push_back(editor);
        }
}

void MethodParameterForm::show(const ExplainerSettings& settings) {
    for (const Editor& e : editors_) {
        const double value = settings.value(e.method, e.key);
        if (e.integer)
            static_cast<QSpinBox*>(e.box)->setValue(int(std::lround(value)));
        else
            static_cast<QDoubleSpinBox*>(e.box)->setValue(value);
    }
}

void MethodParameterForm::read(ExplainerSettings& settings) const {
    for (const Editor& e : editors_)
        settings.set(e.method, e.key,
                     e.integer ? double(static_cast<QSpinBox*>(e.box)->value())
                               : static_cast<QDoubleSpinBox*>(e.box)->value());
}

} // namespace fakelens::ui
