#pragma once

#include <string_view>

namespace fakelens {

// dlib's HOG frontal face detector (get_frontal_face_detector()) in dlib's serialisation format,
// built into the engine by engine/tools/serialize_frontal_face_detector.cpp at build time, so
// that a fresh process deserialises it in milliseconds instead of decoding dlib's compressed copy
// (about 0.35 s). FaceDetector is its only reader.
std::string_view serializedFrontalFaceDetector();

} // namespace fakelens
