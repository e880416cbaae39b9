// Build-time tool: writes dlib's HOG frontal face detector, in dlib's own serialisation format, as a
// C++ source that defines fakelens::serializedFrontalFaceDetector() (engine/faces/EmbeddedFaceModel.h).
//
// Why: dlib keeps that detector as a base64 string of entropy-coded data, and
// get_frontal_face_detector() decodes it on every call: about 0.35 s of one core, the largest part
// of a fresh fakelens-cli's start after the libraries (issue #16). Deserialising the same
// detector from dlib's plain format takes about 2 ms. Generated from the dlib the engine is built
// against, so the two can never disagree; test_face_detector checks the bytes against dlib's
// function.
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/revision.h>
#include <dlib/serialize.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " OUTPUT.cpp\n";
        return 2;
    }
    std::ostringstream serialized;
    dlib::serialize(dlib::get_frontal_face_detector(), serialized);
    const std::string bytes = serialized.str();

    std::ostringstream source;
    source << "// Generated at build time by engine/tools/serialize_frontal_face_detector.cpp from dlib "
           << DLIB_MAJOR_VERSION << '.' << DLIB_MINOR_VERSION << "'s get_frontal_face_detector(). Do not edit.\n"
           << "#include \"faces/EmbeddedFaceModel.h\"\n\n"
           << "namespace fakelens {\nnamespace {\nconst unsigned char kBytes[] = {";
    for (std::size_t i = 0; i < bytes.size(); ++i)
        source << (i % 24 == 0 ? "\n    " : "") << unsigned(static_cast<unsigned char>(bytes[i])) << ',';
    source << "\n};\n} // namespace\n\n"
           << "std::string_view serializedFrontalFaceDetector() {\n"
           << "    return {reinterpret_cast<const char*>(kBytes), sizeof(kBytes)};\n}\n\n"
           << "} // namespace fakelens\n";

    // Written whole or not at all: a half-written source must not look up to date to the build.
    const std::string path = argv[1];
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << source.str();
        if (!out.flush()) {
            std::cerr << "cannot write " << partial << '\n';
            return 1;
        }
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        std::cerr << "cannot rename " << partial << " to " << path << '\n';
        return 1;
    }
    return 0;
}
