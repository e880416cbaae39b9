#include "explain/ExplainerRegistry.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>

namespace fakelens {

namespace {

// The registry: one line per method, in display order.
using DescriptorFunction = const MethodDescriptor& (*)();
const DescriptorFunction kMethods[] = {
    &limeDescriptor,
    &shapDescriptor,
    &sobolDescriptor,
    &riseDescriptor,
    &occlusionDescriptor,
    &gradCamDescriptor,
};

std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

const MethodDescriptor* findMethod(const std::string& base) {
    const std::string key = upper(base);
    for (const MethodDescriptor* m : methodDescriptors())
        if (key == m->name)
            return m;
    return nullptr;
}

std::string knownNames() {
    std::string list;
    for (const std::string& name : allMethodNames())
        list += (list.empty() ? "" : ", ") + name;
    return list + ", all";
}

} // namespace

const std::vector<const MethodDescriptor*>& methodDescriptors() {
    static const std::vector<const MethodDescriptor*> methods = [] {
        std::vector<const MethodDescriptor*> list;
        for (DescriptorFunction f : kMethods)
            list.push_back(&f());
        return list;
    }();
    return methods;
}

const MethodDescriptor& methodDescriptor(const std::string& base) {
    const MethodDescriptor* method = findMethod(trim(base));
    if (!method)
        throw Error(ErrorCode::InvalidArgument, base, "unknown explanation method; known: " + knownNames());
    return *method;
}

std::vector<std::string> explainerNames() {
    std::vector<std::string> names;
    for (const MethodDescriptor* m : methodDescriptors())
        names.push_back(m->name);
    return names;
}

std::unique_ptr<Explainer> createExplainer(const std::string& name, const ExplainerSettings& settings) {
    return methodDescriptor(name).make(settings);
}

void checkExplainerSettings(const ExplainerSettings& settings) {
    for (const MethodDescriptor* m : methodDescriptors())
        m->make(settings);
}

MethodName parseMethodName(const std::string& text) {
    const std::string key = upper(trim(text));
    static const std::string suffix = "_ADV";
    MethodName method;
    std::string base = key;
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
        method.adversarial = true;
        base = key.substr(0, key.size() - suffix.size());
    }
    const MethodDescriptor* entry = findMethod(base);
    if (!entry)
        throw Error(ErrorCode::InvalidArgument, text, "unknown explanation method; known: " + knownNames());
    if (method.adversarial && !entry->hasAdversarialForm)
        throw Error(ErrorCode::InvalidArgument, text,
                    entry->name + " has no adversarial (_adv) form: it reads the detector's gradients and "
                                  "hides nothing; use " + entry->name);
    method.base = entry->name;
    return method;
}

std::vector<std::string> allMethodNames(bool detectorHasGradients) {
    std::vector<std::string> names;
    for (const MethodDescriptor* m : methodDescriptors()) {
        if (m->needsGradients && !detectorHasGradients)
            continue;
        names.push_back(m->name);
        if (m->hasAdversarialForm)
            names.push_back(m->name + "_adv");
    }
    return names;
}

std::vector<std::string> allMethodNames() {
    return allMethodNames(true);
}

std::vector<std::string> expandMethodNames(const std::vector<std::string>& requested, bool detectorHasGradients) {
    std::vector<std::string> names;
    auto add = [&](const std::string& name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    for (const std::string& entry : requested) {
        size_t start = 0;
        while (start <= entry.size()) {
            const size_t comma = entry.find(',', start);
            const std::string part = trim(entry.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!part.empty()) {
                if (upper(part) == "ALL")
                    for (const std::string& n : allMethodNames(detectorHasGradients))
                        add(n);
                else
                    add(parseMethodName(part).display());
            }
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return names;
}

std::string methodChoicesText() {
    std::string text;
    for (const std::string& name : allMethodNames())
        text += lower(name) + "|";
    return text + "all";
}

bool isMethodStage(const std::string& stage) {
    for (const MethodDescriptor* m : methodDescriptors())
        if (stage == lower(m->name))
            return true;
    return false;
}

} // namespace fakelens
