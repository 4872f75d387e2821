#pragma once

#include <type_traits>
#include <utility>
#include <variant>

namespace chcloud {

/// Wraps an error so that Expected can tell it from a value of the same type.
template<typename E>
struct Unexpected
{
    E error;
};

/// Builds an Unexpected: `return unexpected(ParseError { path, message });`
template<typename E>
Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return Unexpected<std::decay_t<E>> { std::forward<E>(error) };
}

/// Either a value or the reason there is none: a small stand-in for C++23's
/// std::expected, so parsers and API calls return a result instead of a
/// half-filled object and a flag. Accessing the wrong alternative is a
/// programming error (asserted through std::get).
template<typename T, typename E>
class Expected
{
public:
    Expected(const T &value)
        : m_storage(std::in_place_index<0>, value)
    {
    }
    Expected(T &&value)
        : m_storage(std::in_place_index<0>, std::move(value))
    {
    }
    template<typename G>
    Expected(Unexpected<G> error)
        : m_storage(std::in_place_index<1>, std::move(error.error))
    {
    }

    bool hasValue() const { return m_storage.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_storage); }
    const T &value() const & { return std::get<0>(m_storage); }
    T &&value() && { return std::get<0>(std::move(m_storage)); }

    E &error() & { return std::get<1>(m_storage); }
    const E &error() const & { return std::get<1>(m_storage); }
    E &&error() && { return std::get<1>(std::move(m_storage)); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    /// The value, or fallback when there is an error.
    T valueOr(T fallback) const & { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_storage;
};

} // namespace chcloud
