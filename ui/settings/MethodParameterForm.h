#pragma once

#include "explain/ExplainerSettings.h"

#include <QObject>

#include <string>
#include <vector>

class QAbstractSpinBox;
class QFormLayout;
class QWidget;

namespace fakelens::ui {

// The rows of the settings dialog that edit the explanation methods' parameters, built from the
// methods' descriptors: one spin box per parameter, labelled "METHOD parameter", with the
// descriptor's range. The dialog never names a method; a new method's parameters appear here.
// Each box's object name is the parameter's flat name + "Spin" ("limeSamplesSpin").
class MethodParameterForm : public QObject {
    Q_OBJECT
public:
    MethodParameterForm(QWidget* page, QFormLayout* form);

    void show(const ExplainerSettings& settings);
    // The values in the boxes over `settings` (validated by the descriptors, which the boxes'
    // ranges already respect).
    void read(ExplainerSettings& settings) const;

private:
    struct Editor {
        std::string method;
        std::string key;
        bool integer = true;
        QAbstractSpinBox* box = nullptr;
    };
    std::vector<Editor> editors_;
};

} // namespace fakelens::ui
